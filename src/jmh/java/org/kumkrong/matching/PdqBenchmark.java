package org.kumkrong.matching;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * PDQ of a decoded 1024 × 768 photo-like image (generated: gradients, shapes, noise; JPEG-encoded and decoded
 * by ImageIO, so {@code TYPE_3BYTE_BGR} as uploads are) on one thread: {@link PdqHasher} against the
 * straightforward {@link NaivePdq} in the same run, sampled so that p50 and p95 are reported. Goal (issue 5):
 * p50 ≤ 10 ms. See docs/BENCHMARKS.md, section "PDQ perceptual hash (issue 5)".
 * <p>
 * Run: {@code ./mvnw -o -q -Pbench test-compile exec:exec -Dbench.class=org.kumkrong.matching.PdqBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(1)
public class PdqBenchmark {

	private final PdqHasher hasher = new PdqHasher();

	private BufferedImage image;

	@Setup
	public void decode() throws IOException {
		byte[] jpeg = PdqHasherTests.jpeg(GeneratedPhotos.photo(42, 1024, 768), 0.9f);
		image = ImageIO.read(new ByteArrayInputStream(jpeg));
		PdqResult fast = hasher.hash(image);
		PdqResult naive = NaivePdq.hash(image);
		int distance = fast.hash().distance(naive.hash());
		System.out.printf("%ntype %d, %dx%d; PdqHasher %s q%d, NaivePdq %s q%d: %d bits apart%n", image.getType(),
				image.getWidth(), image.getHeight(), fast.hash(), fast.quality(), naive.hash(), naive.quality(), distance);
		if (distance > 4 || fast.quality() != naive.quality()) {
			throw new IllegalStateException("The two implementations disagree: " + distance + " bits");
		}
	}

	@Benchmark
	public PdqResult pdqHasher() {
		return hasher.hash(image);
	}

	@Benchmark
	public List<PdqResult> pdqHasherDihedral() {
		return hasher.dihedral(image);
	}

	@Benchmark
	public PdqResult naivePdq() {
		return NaivePdq.hash(image);
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(PdqBenchmark.class.getName())
			.forks(1)
			.jvmArgsAppend("-Xmx512m", "-Djava.awt.headless=true")
			.build()).run();
	}

}
