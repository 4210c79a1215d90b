package dev.roster.console;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.console.internal.Forms;
import dev.roster.console.internal.Multipart;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.User;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** From a red-team pass over the upload, the edits and analytics: each was a way in, a crash or a surprise, and is one no more. */
class UploadHardeningTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final byte[] CSV = "Email\nann@acme.example\n".getBytes(StandardCharsets.UTF_8);
    private final ConsoleFixture c = new ConsoleFixture(TestPolicies.standard().build());

    private static long uploadFiles() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("roster-upload-")).count();
        }
    }

    private static String checkedKey(HttpResponse<byte[]> checked) {
        return Jsoup.parse(new String(checked.body(), StandardCharsets.UTF_8)).select("form.apply input[name=upload]").attr("value");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void nobodysUploadIsRefusedOnItsHeadersBeforeAByteOfItIsKept() throws Exception {
        try (ConsoleClient client = new ConsoleClient(c.console); Socket socket = new Socket("127.0.0.1", client.server.port())) {
            long before = uploadFiles();
            OutputStream out = socket.getOutputStream();
            // Nobody (no user header); the body announces 10 MB and its first part begins, then the sender waits. The answer
            // must come on the headers alone (sending more here would race the server's early close of the connection).
            out.write(("POST /roster/invitations/upload HTTP/1.1\r\nHost: 127.0.0.1:" + client.server.port()
                    + "\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 10000000\r\n\r\n"
                    + "--B\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"x.csv\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(5_000);
            String status;
            try {
                InputStream in = socket.getInputStream();
                status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            } catch (SocketTimeoutException e) {
                status = "no answer while the body is still coming";
            }
            assertThat(status).isEqualTo("HTTP/1.1 403");
            assertThat(uploadFiles()).as("nothing spooled to disk").isEqualTo(before);
        }
    }

    @Test
    void aForgedTokenKeepsTheFileOutAndOnlyTheUploadTakesAMultipartBody() throws Exception {
        try (ConsoleClient client = new ConsoleClient(c.console)) {
            long before = uploadFiles();
            HttpResponse<byte[]> forged = client.upload("/invitations/upload", c.f.admin, Map.of("csrf", "forged"), "sheet", "a.csv",
                    new byte[2_000_000]);
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.headers().firstValue("Content-Security-Policy")).as("a refusal carries the headers too").isPresent();
            assertThat(uploadFiles()).isEqualTo(before);

            HttpResponse<byte[]> elsewhere = client.upload("/users/" + c.f.admin.id() + "/suspend", c.f.admin,
                    Map.of("csrf", c.tokenOf(c.f.admin)), "sheet", "a.csv", CSV);
            assertThat(elsewhere.statusCode()).isEqualTo(415);
        }
    }

    @Test
    void aMultipartBodyHoldsNoMoreTextThanAFormMay() {
        StringBuilder body = new StringBuilder();
        String field = "x".repeat(64 * 1024 - 100);
        for (int i = 0; i < 150; i++) {
            body.append("--B\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\n").append(field).append("\r\n");
        }
        body.append("--B--\r\n");
        int status;
        try (var read = Multipart.read("multipart/form-data; boundary=B", new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.US_ASCII)),
                c.console.maxUploadBytes())) {
            status = 200;
        } catch (Multipart.Refused refused) {
            status = refused.status();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(status).as("over " + Forms.MAX_FORM_BYTES + " bytes of text in all").isEqualTo(413);
    }

    @Test
    void anIdThatIsNotAUuidGetsACleanAnswer() throws Exception {
        String notAnId = "-".repeat(36);
        try (ConsoleClient client = new ConsoleClient(c.console)) {
            for (String action : List.of("profile", "roles", "overrides", "groups", "suspend")) {
                HttpResponse<byte[]> edit = client.post("/users/" + notAnId + "/" + action, c.f.admin, FORM,
                        ("csrf=" + c.tokenOf(c.f.admin) + "&version=1").getBytes(StandardCharsets.UTF_8));
                assertThat(edit.statusCode()).as(action).isEqualTo(404);
            }
            assertThat(client.get("/users/" + notAnId, c.f.admin).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aRoleThePolicyHasNotIsNamedAndTheApplyKeepsTheOptionsThatWereChecked() throws Exception {
        try (ConsoleClient client = new ConsoleClient(c.console)) {
            String token = c.tokenOf(c.f.admin);
            HttpResponse<byte[]> bad = client.upload("/invitations/upload", c.f.admin, Map.of("csrf", token, "role", "Not A Role"), "sheet", "a.csv", CSV);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(text(bad)).contains("(the role)");

            String key = checkedKey(client.upload("/invitations/upload", c.f.admin, Map.of("csrf", token, "role", "viewer"), "sheet", "a.csv", CSV));
            // The apply form carries no options; ones added by hand are not what was checked, and are ignored.
            client.post("/invitations/upload/apply", c.f.admin, FORM, ("csrf=" + token + "&upload=" + key + "&role=admin")
                    .getBytes(StandardCharsets.UTF_8));
        }
        var sent = c.f.roster.directory().listInvitations(c.f.adminActor, InvitationListRequest.pending(10)).items();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).roles()).containsExactly(VIEWER);
    }

    @Test
    void anotherInvitersUploadsDoNotPushOutAnAdminsCheckedFile() throws Exception {
        User other = c.f.created("other@acme.example", "O", "O", ADMIN);
        try (ConsoleClient client = new ConsoleClient(c.console)) {
            String token = c.tokenOf(c.f.admin);
            String key = checkedKey(client.upload("/invitations/upload", c.f.admin, Map.of("csrf", token), "sheet", "a.csv", CSV));
            for (int i = 0; i < 40; i++) {
                client.upload("/invitations/upload", other, Map.of("csrf", c.tokenOf(other)), "sheet", "b.csv", CSV);
            }
            HttpResponse<byte[]> applied = client.post("/invitations/upload/apply", c.f.admin, FORM,
                    ("csrf=" + token + "&upload=" + key).getBytes(StandardCharsets.UTF_8));
            assertThat(text(applied)).doesNotContain("no longer here").contains("invited");
        }
    }

    @Test
    void aPeriodAtTheCalendarsEdgesIsReportedOnThePage() {
        for (String period : List.of("from=0000-01-01&to=0000-12-31", "from=9999-12-01&to=9999-12-31", "from=%2B999999999-12-01&to=%2B999999999-12-31")) {
            ConsoleResponse page = c.get(c.f.admin, "/analytics?range=custom&" + period);
            assertThat(page.status()).as(period).isEqualTo(200);
            assertThat(Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8)).select(".problem").text()).as(period)
                    .startsWith("Choose a first and a last day");
        }
    }

    private static Path newestPending() throws IOException {
        Path newest = null;
        try (var dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("roster-console-imports")).toList()) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        if (newest == null || f.toFile().lastModified() >= newest.toFile().lastModified()) {
                            newest = f;
                        }
                    }
                }
            }
        }
        return newest;
    }

    /** From the final red-team pass: a checked file waits readable by its owner only, and a swapped one is not sent. */
    @Test
    void aCheckedFileWaitsForItsOwnerOnlyAndOnlyTheCheckedBytesAreSent() throws Exception {
        try (ConsoleClient client = new ConsoleClient(c.console)) {
            String token = c.tokenOf(c.f.admin);
            String key = checkedKey(client.upload("/invitations/upload", c.f.admin, Map.of("csrf", token), "sheet", "a.csv", CSV));
            Path pending = newestPending();
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pending))).isEqualTo("rw-------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pending.getParent())))
                    .isEqualTo("rwx------");

            Files.writeString(pending, "Email\nmallory@evil.example\n"); // what someone able to write there would do
            HttpResponse<byte[]> applied = client.post("/invitations/upload/apply", c.f.admin, FORM,
                    ("csrf=" + token + "&upload=" + key).getBytes(StandardCharsets.UTF_8));
            assertThat(text(applied)).contains("no longer here");
        }
        assertThat(c.f.roster.directory().listInvitations(c.f.adminActor, InvitationListRequest.pending(10)).items()).isEmpty();
    }

    @Test
    void periodsThatCannotBeUsedAreLeftOffWithANoteNotAnError() {
        for (String filter : List.of("to=%2B999999999-12-31", "to=9999-12-31", "from=-999999999-01-01", "from=0000-01-01",
                "from=2024-05-01&to=2024-01-01")) {
            ConsoleResponse audit = c.get(c.f.admin, "/audit?" + filter);
            assertThat(audit.status()).as("audit " + filter).isEqualTo(200);
            assertThat(Jsoup.parse(new String(audit.body(), StandardCharsets.UTF_8)).select(".problem").text()).as(filter).isNotEmpty();
        }
        ConsoleResponse list = c.get(c.f.admin, "/users?tab=members&from=2024-05-01&to=2024-01-01");
        assertThat(list.status()).isEqualTo(200);
        assertThat(Jsoup.parse(new String(list.body(), StandardCharsets.UTF_8)).select(".problem").text()).startsWith("The list started over");
    }

    @Test
    void anExportRosterRefusesIsRefusedBeforeTheDownloadBegins() {
        ConsoleResponse export = c.post(c.f.admin, "/users/export", Map.of("csrf", c.tokenOf(c.f.admin), "format", "csv",
                "back", "from=2024-05-01&to=2024-01-01"));
        assertThat(export.status()).isEqualTo(303);
        assertThat(export.stream()).isNull();
        assertThat(export.headers().get("Location")).contains("problem=VALIDATION_FAILED");
    }
}
