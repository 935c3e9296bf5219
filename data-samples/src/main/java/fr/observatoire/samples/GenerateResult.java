package fr.observatoire.samples;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What was written: the files and, summed over them, the defects planted. */
public record GenerateResult(List<GeneratedFile> files) {

    public GenerateResult {
        files = List.copyOf(files);
    }

    public long rows() {
        return files.stream().mapToLong(GeneratedFile::rows).sum();
    }

    public long badRows() {
        return files.stream().mapToLong(GeneratedFile::badRows).sum();
    }

    /** Rows that ingest must reject: what a reject count should equal. */
    public long rejectableRows() {
        return files.stream().mapToLong(GeneratedFile::rejectable).sum();
    }

    /** Rows carrying each defect, over all files; every defect is present, zero when none was written. */
    public Map<Defect, Long> defects() {
        Map<Defect, Long> sum = new EnumMap<>(Defect.class);
        for (Defect defect : Defect.values()) {
            sum.put(defect, 0L);
        }
        for (GeneratedFile file : files) {
            file.defects().forEach((defect, n) -> sum.merge(defect, n, Long::sum));
        }
        return sum;
    }
}
