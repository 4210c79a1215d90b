package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.console.internal.Multipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The multipart reader: files come through byte for byte, whatever they hold, and nothing past the cap is read. */
class MultipartTest {
    private static final String TYPE = "multipart/form-data; boundary=" + ConsoleClient.BOUNDARY;

    private static Multipart.Body read(byte[] body, long cap) throws IOException {
        return Multipart.read(TYPE, new ByteArrayInputStream(body), cap);
    }

    @Test
    void aFileHoldingPiecesOfTheBoundaryComesThroughUnchanged() throws IOException {
        Random random = new Random(42);
        String near = "\r\n--" + ConsoleClient.BOUNDARY.substring(0, 20);
        for (int round = 0; round < 200; round++) {
            byte[] file = new byte[random.nextInt(200_000)];
            random.nextBytes(file);
            // Near-delimiters at random places: the reader must not cut the file at any of them.
            for (int i = 0; i + near.length() < file.length && i < 50; i++) {
                int at = random.nextInt(file.length - near.length());
                System.arraycopy(near.getBytes(StandardCharsets.ISO_8859_1), 0, file, at, random.nextInt(near.length()) + 1);
            }
            try (Multipart.Body body = read(ConsoleClient.multipart(Map.of("csrf", "t-" + round), "sheet", "a.csv", file), 1 << 20)) {
                assertThat(body.fields().get("csrf")).containsExactly("t-" + round);
                ConsoleUpload upload = body.files().get("sheet");
                try (InputStream in = upload.open()) {
                    assertThat(in.readAllBytes()).as("round %d", round).isEqualTo(file);
                }
                assertThat(upload.fileName()).isEqualTo("a.csv");
            }
        }
    }

    @Test
    void closingTheBodyDeletesItsFiles() throws IOException {
        Multipart.Body body = read(ConsoleClient.multipart(Map.of(), "sheet", "a.csv", "Email\n".getBytes(StandardCharsets.UTF_8)), 1 << 20);
        ConsoleUpload upload = body.files().get("sheet");
        assertThat(upload.size()).isEqualTo(6);
        body.close();
        assertThatThrownBy(upload::open).isInstanceOf(IOException.class);
    }

    @Test
    void aBodyPastTheCapIsRefusedAs413AndABrokenOneAs400() {
        byte[] big = ConsoleClient.multipart(Map.of(), "sheet", "a.csv", new byte[100_000]);
        assertThatThrownBy(() -> read(big, 50_000)).isInstanceOfSatisfying(Multipart.Refused.class, e -> assertThat(e.status()).isEqualTo(413));

        byte[] cut = java.util.Arrays.copyOf(big, 5_000);
        assertThatThrownBy(() -> read(cut, 1 << 20)).isInstanceOfSatisfying(Multipart.Refused.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> Multipart.read("multipart/form-data", new ByteArrayInputStream(big), 1 << 20))
                .isInstanceOfSatisfying(Multipart.Refused.class, e -> assertThat(e.status()).isEqualTo(400));

        byte[] hugeField = ConsoleClient.multipart(Map.of("message", "x".repeat(70_000)), "sheet", "a.csv", new byte[1]);
        assertThatThrownBy(() -> read(hugeField, 1 << 20)).isInstanceOfSatisfying(Multipart.Refused.class,
                e -> assertThat(e.status()).isEqualTo(413));
    }
}
