package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the same store exports the same bytes. Two JVMs are used on purpose: the JDK's immutable
 * maps and sets iterate in an order seeded anew in every JVM, so a {@code Map.of} in a writer passes
 * any test that exports twice within one JVM and still differs between two runs of the command.
 */
class DeterministicExportTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("two runs of export on one store, each in a JVM of its own, write the same bytes, JSON and CSV alike")
    void sameStoreSameBytes() throws Exception {
        Path home = dir.resolve("home");
        try (ChildJvm jvm = new ChildJvm(Files.createDirectories(dir.resolve("logs")))) {
            assertThat(jvm.run("load", "--home", home.toString()).exitCode()).isZero();
            for (String format : new String[] {"json", "csv"}) {
                Path first = dir.resolve("first." + format);
                Path second = dir.resolve("second." + format);

                ChildJvm.Run a = jvm.run("export", "--format", format, "--out", first.toString(), "--home", home.toString());
                ChildJvm.Run b = jvm.run("export", "--format", format, "--out", second.toString(), "--home", home.toString());

                assertThat(a.exitCode()).as(a.err()).isZero();
                assertThat(b.exitCode()).as(b.err()).isZero();
                assertThat(Files.size(first)).isGreaterThan(100_000);
                assertThat(Files.mismatch(first, second)).as(format).isEqualTo(-1L);
            }
        }
    }
}
