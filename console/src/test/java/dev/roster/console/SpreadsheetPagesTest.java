package dev.roster.console;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.RegistrationFields;
import dev.roster.spi.model.User;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The list exported as CSV or XLSX, the registration filters, the template, and a bulk invitation uploaded, checked, then applied. */
class SpreadsheetPagesTest {
    private final ConsoleFixture c = new ConsoleFixture(TestPolicies.standard().build());

    private static String written(ConsoleResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.stream().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void promoted(String email, String promo) {
        c.f.roster.users().create(c.f.adminActor, CreateUserCommand.of(email, ProfileFields.named("P", "Q"), null, Set.of(MEMBER))
                .withRegistration(new RegistrationFields(null, promo)));
    }

    @Test
    void theExportIsTheListShownAndAViewerCannotTakeIt() throws IOException {
        c.f.created("grace@acme.example", "Grace", "Hopper", MEMBER);
        c.f.created("gregor@acme.example", "Gregor", "Mendel", MEMBER);
        c.f.created("alan@acme.example", "Alan", "Turing", MEMBER);

        ConsoleResponse csv = c.post(c.f.admin, "/users/export", Map.of("csrf", c.tokenOf(c.f.admin), "format", "csv",
                "back", "tab=members&q=gr&sort=email&dir=asc"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("Content-Disposition")).matches("attachment; filename=\"users-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<String> lines = written(csv).lines().toList();
        assertThat(lines.get(0)).startsWith("Email,First name,Last name");
        assertThat(lines.subList(1, lines.size())).hasSize(2).allMatch(l -> l.startsWith("gr"));
        assertThat(lines.get(1)).startsWith("grace@acme.example");

        ConsoleResponse xlsx = c.post(c.f.admin, "/users/export", Map.of("csrf", c.tokenOf(c.f.admin), "format", "xlsx", "back", "tab=members"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.stream().writeTo(out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).as("four members under the header").isEqualTo(4);
        }

        User viewer = c.f.created("v@acme.example", "V", "V", VIEWER);
        ConsoleResponse refused = c.post(viewer, "/users/export", Map.of("csrf", c.tokenOf(viewer), "format", "csv", "back", "tab=members"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.stream()).isNull();
    }

    @Test
    void theRegistrationFiltersListMembersRegisteredThenOrWithTheCode() {
        promoted("early@acme.example", "SPRING");
        c.f.clock.advance(Duration.ofDays(10));
        promoted("late@acme.example", "SPRING");
        promoted("other@acme.example", "AUTUMN");
        c.f.roster.invitations().invite(c.f.adminActor, dev.roster.core.invitation.InviteCommand.of("invitee@acme.example", MEMBER));
        String day = c.f.clock.instant().toString().substring(0, 10);

        Document spring = c.page(c.f.admin, "/users?tab=everyone&promo=SPRING");
        assertThat(spring.select("tbody tr td:nth-child(2)").eachText()).containsExactlyInAnyOrder("early@acme.example", "late@acme.example");
        Document today = c.page(c.f.admin, "/users?tab=everyone&from=" + day + "&to=" + day);
        assertThat(today.select("tbody tr td:nth-child(2)").eachText()).containsExactlyInAnyOrder("late@acme.example", "other@acme.example");
        assertThat(today.select("#from").attr("value")).isEqualTo(day);
        Document hostile = c.page(c.f.admin, "/users?tab=everyone&promo=%3Cscript%3E&from=not-a-day");
        assertThat(hostile.select("#promo").attr("value")).as("a malformed filter is dropped").isEmpty();
        assertThat(hostile.select("tbody tr")).hasSize(5);
        assertThat(c.page(c.f.admin, "/users?tab=pending").select("#promo")).as("invitations have no registration").isEmpty();
    }

    @Test
    void theTemplateIsAWorkbookWithTheImportsColumns() throws IOException {
        ConsoleResponse template = c.get(c.f.admin, "/invitations/template");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.stream().writeTo(out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Email");
        }
        User viewer = c.f.created("v@acme.example", "V", "V", VIEWER);
        assertThat(c.get(viewer, "/invitations/template").status()).isEqualTo(403);
    }

    @Test
    void anUploadIsCheckedShownAsATableThenAppliedOnce() throws Exception {
        byte[] csv = ("Email,First name\nann@acme.example,Ann\nnot-an-address,X\nann@acme.example,Again\n<b>bob</b>@acme.example,<script>alert(1)</script>\n"
                + "cy@acme.example,Cy\n").getBytes(StandardCharsets.UTF_8);
        try (ConsoleClient client = new ConsoleClient(c.console)) {
            String token = c.tokenOf(c.f.admin);
            HttpResponse<byte[]> checked = client.upload("/invitations/upload", c.f.admin, Map.of("csrf", token, "role", "member"), "sheet",
                    "people.csv", csv);
            assertThat(checked.statusCode()).isEqualTo(200);
            Document report = Jsoup.parse(new String(checked.body(), StandardCharsets.UTF_8));
            assertThat(report.select("tbody tr td:nth-child(3)").eachText()).containsExactly("would invite", "invalid",
                    "skipped: duplicate of row 2", "invalid", "would invite");
            assertThat(report.select("tbody script, tbody b")).as("the file's text is shown, never run").isEmpty();
            assertThat(report.select("tr.invalid")).hasSize(2);
            assertThat(invitations()).as("a dry run sends nothing").isZero();

            String upload = report.select("form.apply input[name=upload]").attr("value");
            assertThat(report.select("form.apply button").text()).isEqualTo("Send 2 invitations");
            User other = c.f.created("root2@acme.example", "R", "R", dev.roster.core.support.TestPolicies.ADMIN);
            String otherForm = "csrf=" + c.tokenOf(other) + "&upload=" + upload;
            HttpResponse<byte[]> stolen = client.post("/invitations/upload/apply", other, "application/x-www-form-urlencoded",
                    otherForm.getBytes(StandardCharsets.UTF_8));
            assertThat(stolen.statusCode()).as("another admin cannot apply this admin's file").isEqualTo(400);
            assertThat(invitations()).isZero();

            String form = "csrf=" + token + "&upload=" + upload + "&role=member";
            HttpResponse<byte[]> applied = client.post("/invitations/upload/apply", c.f.admin, "application/x-www-form-urlencoded",
                    form.getBytes(StandardCharsets.UTF_8));
            assertThat(Jsoup.parse(new String(applied.body(), StandardCharsets.UTF_8)).select("tbody tr td:nth-child(3)").eachText())
                    .containsExactly("invited", "invalid", "skipped: duplicate of row 2", "invalid", "invited");
            assertThat(invitations()).isEqualTo(2);

            HttpResponse<byte[]> again = client.post("/invitations/upload/apply", c.f.admin, "application/x-www-form-urlencoded",
                    form.getBytes(StandardCharsets.UTF_8));
            assertThat(new String(again.body(), StandardCharsets.UTF_8)).contains("no longer here");
            assertThat(invitations()).as("applied once only").isEqualTo(2);
        }
    }

    @Test
    void aRefusedFileIsNamedInTheConsolesWordsAndAnOversizedBodyIsCutOff() throws Exception {
        try (ConsoleClient client = new ConsoleClient(c.console)) {
            String token = c.tokenOf(c.f.admin);
            HttpResponse<byte[]> xls = client.upload("/invitations/upload", c.f.admin, Map.of("csrf", token), "sheet", "old.xls",
                    new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0, 0, 0});
            assertThat(xls.statusCode()).isEqualTo(400);
            assertThat(new String(xls.body(), StandardCharsets.UTF_8)).contains("An .xls workbook must be saved as .xlsx or CSV first.");

            long limit = c.f.roster.policy().importLimits().maxFileBytes();
            HttpResponse<byte[]> huge = client.upload("/invitations/upload", c.f.admin, Map.of("csrf", token), "sheet", "big.csv",
                    new byte[(int) limit + 100 * 1024]);
            assertThat(huge.statusCode()).isEqualTo(413);

            HttpResponse<byte[]> forged = client.upload("/invitations/upload", c.f.admin, Map.of("csrf", token + "x"), "sheet", "a.csv",
                    "Email\nann@acme.example\n".getBytes(StandardCharsets.UTF_8));
            assertThat(forged.statusCode()).as("the multipart form is checked like any other").isEqualTo(403);
        }
        assertThat(invitations()).isZero();
    }

    private long invitations() {
        return c.f.roster.directory().listInvitations(c.f.adminActor, InvitationListRequest.pending(100))
                .items().size();
    }
}
