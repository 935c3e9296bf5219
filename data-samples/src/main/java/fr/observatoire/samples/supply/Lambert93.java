package fr.observatoire.samples.supply;

/**
 * WGS84 longitude/latitude to Lambert-93 (EPSG:2154): Lambert conformal conic, two standard parallels 44° and 49°,
 * origin 46°30'N 3°E, false easting 700 000 m, false northing 6 600 000 m, GRS80 ellipsoid (IGN, NTG_71).
 */
final class Lambert93 {

    private static final double A = 6_378_137.0;
    private static final double E = 0.08181919104281579;
    private static final double LON0 = Math.toRadians(3.0);
    private static final double X0 = 700_000.0;
    private static final double Y0 = 6_600_000.0;
    private static final double N;
    private static final double F;
    private static final double RHO0;

    static {
        double phi1 = Math.toRadians(44.0);
        double phi2 = Math.toRadians(49.0);
        double m1 = m(phi1);
        double m2 = m(phi2);
        double t1 = t(phi1);
        double t2 = t(phi2);
        N = (Math.log(m1) - Math.log(m2)) / (Math.log(t1) - Math.log(t2));
        F = m1 / (N * Math.pow(t1, N));
        RHO0 = A * F * Math.pow(t(Math.toRadians(46.5)), N);
    }

    private Lambert93() {
    }

    /** {x, y} in metres. */
    static double[] project(double longitude, double latitude) {
        double phi = Math.toRadians(latitude);
        double rho = A * F * Math.pow(t(phi), N);
        double theta = N * (Math.toRadians(longitude) - LON0);
        return new double[] {X0 + rho * Math.sin(theta), Y0 + RHO0 - rho * Math.cos(theta)};
    }

    private static double m(double phi) {
        double s = Math.sin(phi);
        return Math.cos(phi) / Math.sqrt(1 - E * E * s * s);
    }

    private static double t(double phi) {
        double s = Math.sin(phi);
        return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - E * s) / (1 + E * s), E / 2);
    }
}
