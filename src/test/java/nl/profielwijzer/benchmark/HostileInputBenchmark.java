package nl.profielwijzer.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;

import nl.profielwijzer.tree.LoadLimits;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/**
 * The crafted hostile files of {@link CraftedInputs}, each validated alone in a folder with a register (read,
 * check, problems collected), against the baseline of a plain Jackson token pass over the same bytes in the same
 * run. Run by {@code mvn -Pbenchmark verify} in a JVM limited to 512 MB ({@code -Xmx512m}); prints a Markdown
 * table with the median time, the ratio to the baseline, the peak heap after the runs and the number of problem
 * lines. Nothing here is a timed test.
 */
public final class HostileInputBenchmark {
    private HostileInputBenchmark() {
    }

    /** @param args the folder to write {@code benchmarks-hostile.md} to */
    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("pw-hostile");
        Files.writeString(work.resolve("sources.json"), CraftedInputs.register());
        JsonFactory plain = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNameLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE).build()).build();
        TreeLibraryLoader loader = new TreeLibraryLoader(LoadLimits.DEFAULT, LocalDate.of(2026, 11, 22));
        StringBuilder md = new StringBuilder();
        md.append("| crafted file | size | Jackson token pass (baseline) | validate | ratio | problem lines |"
                + " peak heap |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        long maxHeap = Runtime.getRuntime().maxMemory();
        for (Map.Entry<String, String> crafted : CraftedInputs.all().entrySet()) {
            Path dir = Files.createDirectories(work.resolve(crafted.getKey()));
            Files.copy(work.resolve("sources.json"), dir.resolve("sources.json"));
            byte[] bytes = crafted.getValue().getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve(crafted.getKey() + ".json");
            Files.write(file, bytes);
            resetPeaks();
            double baseline = Benchmarks.medianMillis(5, () -> tokens(plain, bytes));
            TreeLibrary once = loader.loadDirectory(dir);
            double validate = Benchmarks.medianMillis(5, () -> loader.loadDirectory(dir));
            md.append(String.format("| %s | %,d KB | %.1f ms | %.1f ms | %.1f× | %d | %d MB |%n", crafted.getKey(),
                    bytes.length / 1024, baseline, validate, validate / baseline, once.problems().size(),
                    peakHeapMegabytes()));
        }
        md.append(String.format("%nJVM: %s %s, max heap %d MB, %d cores%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), maxHeap / (1024 * 1024),
                Runtime.getRuntime().availableProcessors()));
        System.out.println(md);
        Path out = (args.length > 0 ? Path.of(args[0]) : work).resolve("benchmarks-hostile.md");
        Files.writeString(out, md.toString());
        System.out.println("written to " + out);
    }

    /** Reads every token of the bytes, as any JSON reader must; counts them so nothing is optimised away. */
    private static Integer tokens(JsonFactory factory, byte[] bytes) {
        int count = 0;
        try (JsonParser parser = factory.createParser(bytes)) {
            while (parser.nextToken() != null) {
                count++;
            }
        } catch (IOException e) {
            count = -count; // malformed on purpose is fine: the work up to there is the baseline
        }
        return count;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound of the heap in use. */
    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
