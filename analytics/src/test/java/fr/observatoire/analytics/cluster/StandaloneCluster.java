package fr.observatoire.analytics.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Spark standalone cluster on 127.0.0.1: one master and {@code workers} workers, each a separate JVM started
 * from the test's own class path (Spark's Maven jars). The worker launches executors from {@code SPARK_HOME/jars}, so
 * a temporary SPARK_HOME is made of links to every jar of the class path plus the {@code RELEASE} marker that tells
 * Spark's launcher to look there. Ports are chosen free, web UIs too. {@link #close()} stops every process it
 * started, executors included, and is also registered as a shutdown hook so that a failed or killed test leaves
 * nothing running.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Path home;
    private final List<String> classPath;
    private final List<String> jvmFlags;
    private final List<Process> processes = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "standalone-cluster-stop");
    private final String masterUrl;
    private final int masterUiPort;

    private StandaloneCluster(Path home, List<String> classPath, List<String> jvmFlags, int masterPort,
                              int masterUiPort) {
        this.home = home;
        this.classPath = classPath;
        this.jvmFlags = jvmFlags;
        this.masterUrl = "spark://127.0.0.1:" + masterPort;
        this.masterUiPort = masterUiPort;
    }

    /**
     * Starts a master and {@code workers} workers of {@code coresPerWorker} cores and waits until they have all
     * registered.
     *
     * @param work     a folder for SPARK_HOME, logs and the workers' scratch space (a {@code @TempDir})
     * @param jvmFlags flags for every JVM, Spark's {@code --add-opens} list included
     */
    static StandaloneCluster start(Path work, int workers, int coresPerWorker, List<String> jvmFlags) {
        List<String> classPath = testClassPath();
        try {
            Path home = Files.createDirectories(work.resolve("spark-home"));
            Path jars = Files.createDirectories(home.resolve("jars"));
            Files.writeString(home.resolve("RELEASE"), "Spark from the Maven class path of the test\n");
            Set<String> names = new LinkedHashSet<>();
            for (String entry : classPath) {
                Path source = Paths.get(entry);
                if (entry.endsWith(".jar") && Files.isRegularFile(source) && names.add(source.getFileName().toString())) {
                    Files.createSymbolicLink(jars.resolve(source.getFileName()), source);
                }
            }
            Files.createDirectories(work.resolve("logs"));
            StandaloneCluster cluster = new StandaloneCluster(home, classPath, jvmFlags, freePort(), freePort());
            Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
            try {
                cluster.startMaster(work);
                for (int i = 0; i < workers; i++) {
                    cluster.startWorker(work, i, coresPerWorker);
                }
                cluster.awaitWorkers(workers, work);
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a Spark home in " + work, e);
        }
    }

    String masterUrl() { return masterUrl; }

    /**
     * Runs {@code mainClass} as a Spark application in client mode through Spark's own {@code spark-submit}
     * entry point ({@code org.apache.spark.deploy.SparkSubmit}) in a new JVM, with {@code --master} this cluster,
     * and returns its exit code. Its output goes to {@code log}.
     */
    int submit(String mainClass, List<String> arguments, Path log, Duration timeout) {
        List<String> command = java(512);
        command.add("org.apache.spark.deploy.SparkSubmit");
        command.addAll(List.of("--master", masterUrl, "--deploy-mode", "client",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=1g",
                "--conf", "spark.sql.shuffle.partitions=4",
                "--conf", "spark.sql.session.timeZone=UTC",
                "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", jvmFlags),
                "--class", mainClass, "spark-internal"));
        command.addAll(arguments);
        Process driver = launch(command, log);
        try {
            if (!driver.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                destroy(driver);
                throw new IllegalStateException("Spark application " + mainClass + " did not finish within "
                        + timeout + "; its log ends with:\n" + tail(log, 40));
            }
            return driver.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroy(driver);
            throw new IllegalStateException("Interrupted while waiting for " + mainClass, e);
        } finally {
            processes.remove(driver);
        }
    }

    /** The last {@code lines} lines of a log, to explain a failure without opening files. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stopAll();
        unlinkJars();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs or has run: nothing left to do
        }
    }

    private void startMaster(Path work) {
        int port = Integer.parseInt(masterUrl.substring(masterUrl.lastIndexOf(':') + 1));
        List<String> command = java(384);
        command.addAll(List.of("org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(masterUiPort)));
        launch(command, work.resolve("logs").resolve("master.log"));
        awaitPort(port, work.resolve("logs").resolve("master.log"));
    }

    private void startWorker(Path work, int index, int cores) {
        Path scratch = work.resolve("worker-" + index);
        List<String> command = java(384);
        command.addAll(List.of("org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--port", String.valueOf(freePort()),
                "--webui-port", String.valueOf(freePort()),
                "--cores", String.valueOf(cores), "--memory", "2g",
                "--work-dir", scratch.toString(), masterUrl));
        launch(command, work.resolve("logs").resolve("worker-" + index + ".log"));
    }

    private static final Pattern ALIVE = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private void awaitWorkers(int expected, Path work) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            checkAlive(work);
            try {
                last = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                Matcher alive = ALIVE.matcher(last);
                if (alive.find() && Integer.parseInt(alive.group(1)) >= expected) {
                    return;
                }
            } catch (IOException notYet) {
                // the UI is not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the workers", e);
            }
            pause();
        }
        throw new IllegalStateException(expected + " worker(s) did not register with " + masterUrl + " within "
                + STARTUP + "; master said " + last + "; logs in " + work.resolve("logs"));
    }

    private void awaitPort(int port, Path log) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive(log.getParent().getParent());
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException("Nothing listens on port " + port + " after " + STARTUP + "; see " + log);
    }

    private void checkAlive(Path work) {
        for (Process process : processes) {
            if (!process.isAlive()) {
                throw new IllegalStateException("A cluster process exited with code " + process.exitValue()
                        + "; logs in " + work.resolve("logs"));
            }
        }
    }

    private List<String> java(int heapMegabytes) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heapMegabytes + "m");
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classPath));
        return command;
    }

    private Process launch(List<String> command, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            processes.add(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(command.size() - 1), e);
        }
    }

    private void unlinkJars() {
        try (var links = Files.list(home.resolve("jars"))) {
            for (Path link : links.toList()) {
                Files.deleteIfExists(link);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + home, e);
        }
    }

    private synchronized void stopAll() {
        // Newest first: the driver, then the workers (their executors with them), then the master.
        for (int i = processes.size() - 1; i >= 0; i--) {
            destroy(processes.get(i));
        }
        processes.clear();
    }

    private static void destroy(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the cluster", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /**
     * The class path of this JVM as a list of entries. Surefire may start the test JVM with a manifest-only jar whose
     * {@code Class-Path} attribute holds the real entries: they are read from it.
     */
    static List<String> testClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Paths.get(entry).toAbsolutePath();
            if (path.getFileName().toString().startsWith("surefirebooter") && entry.endsWith(".jar")) {
                entries.addAll(manifestClassPath(path));
            } else {
                entries.add(path.toString());
            }
        }
        return List.copyOf(entries);
    }

    private static List<String> manifestClassPath(Path booter) {
        try (JarFile jar = new JarFile(booter.toFile())) {
            Manifest manifest = jar.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            if (value != null) {
                for (String token : value.trim().split("\\s+")) {
                    URI uri = token.startsWith("file:") ? new URI(token) : booter.getParent().toUri().resolve(token);
                    entries.add(Paths.get(uri).toString());
                }
            }
            return entries;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the class path from " + booter, e);
        }
    }
}
