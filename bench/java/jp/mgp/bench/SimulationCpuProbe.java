package jp.mgp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time (not the wall time) one thread spends on {@link SimulationBenchmark}'s workload, for a machine
 * busy with other work, where JMH's wall times mostly measure the wait for a core: mgp on one thread against the
 * straightforward baseline, at 10,000 and 100,000 paths, the best and the mean of the second half of the runs.
 * <pre>
 * mvn -Pbench -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java [-XX:TieredStopAtLevel=1 -XX:+UseSerialGC] -cp target/classes:$(cat cp.txt) jp.mgp.bench.SimulationCpuProbe [WHICH...]
 * </pre>
 * WHICH names the benchmarks to time ({@code mgpOneThread}, {@code baseline}); both without it.
 */
public final class SimulationCpuProbe {

    private SimulationCpuProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int paths : new int[] {10_000, 100_000}) {
            SimulationBenchmark b = new SimulationBenchmark();
            b.paths = paths;
            b.setUp();
            for (String which : args.length > 0 ? args : new String[] {"mgpOneThread", "baseline"}) {
                int runs = paths == 10_000 ? 60 : 8;
                double best = Double.MAX_VALUE;
                double sum = 0;
                double sink = 0;
                for (int r = 0; r < runs; r++) {
                    long start = cpu.getCurrentThreadCpuTime();
                    sink += which.equals("baseline") ? b.baseline() : b.mgpOneThread();
                    double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
                    if (r >= runs / 2) {
                        best = Math.min(best, ms);
                        sum += ms;
                    }
                }
                System.out.printf("%s %d paths: CPU best %.1f ms, mean %.1f ms (%s)%n", which, paths, best,
                        sum / (runs - runs / 2), sink != 0 ? "ok" : "?");
            }
        }
    }
}
