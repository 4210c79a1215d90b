package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The servlet adapter hands a container's request to the console and writes its answer back. */
class ConsoleServletTest {
    private final ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
    private final ConsoleServlet servlet = new ConsoleServlet(c.console);

    private HttpServletRequest request(String method, String pathInfo, Map<String, String> headers, String body) throws Exception {
        return request(method, pathInfo, headers, body == null ? null : "application/x-www-form-urlencoded",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpServletRequest request(String method, String pathInfo, Map<String, String> headers, String type, byte[] body) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getContextPath()).thenReturn("/app");
        when(request.getServletPath()).thenReturn("/roster");
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getHeaderNames()).thenReturn(Collections.enumeration(headers.keySet()));
        headers.forEach((name, value) -> when(request.getHeaders(name)).thenAnswer(i -> Collections.enumeration(List.of(value))));
        when(request.getContentType()).thenReturn(type);
        ByteArrayInputStream in = new ByteArrayInputStream(body == null ? new byte[0] : body);
        when(request.getInputStream()).thenReturn(new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        });
        return request;
    }

    private static HttpServletResponse response(ByteArrayOutputStream body) throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        });
        return response;
    }

    @Test
    void aPageIsRenderedUnderTheServletsMountWithItsHeaders() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpServletResponse response = response(body);
        servlet.service(request("GET", "/users", Map.of("Host", ConsoleFixture.HOST, ConsoleFixture.ACTING, c.f.admin.id().toString()), null),
                response);
        verify(response).setStatus(200);
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("ada@acme.example", "href=\"/app/roster/users?tab=pending\"");
    }

    @Test
    void aFormPostActsAndAnOversizedBodyIsRefusedUnread() throws Exception {
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        String token = c.token(c.f.admin);
        HttpServletResponse done = response(new ByteArrayOutputStream());
        servlet.service(request("POST", "/users/" + grace.id() + "/suspend", Map.of("Host", ConsoleFixture.HOST, "Origin",
                "https://" + ConsoleFixture.HOST, ConsoleFixture.ACTING, c.f.admin.id().toString()), "csrf=" + token), done);
        verify(done).setStatus(303);
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.SUSPENDED);

        HttpServletResponse tooBig = response(new ByteArrayOutputStream());
        servlet.service(request("POST", "/users/" + grace.id() + "/reactivate", Map.of("Host", ConsoleFixture.HOST, "Origin",
                "https://" + ConsoleFixture.HOST, ConsoleFixture.ACTING, c.f.admin.id().toString()),
                "csrf=" + token + "&pad=" + "x".repeat(70_000)), tooBig);
        verify(tooBig).setStatus(413);
        verify(tooBig).setHeader("X-Content-Type-Options", "nosniff");
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.SUSPENDED);
    }

    /** A framework's filter (its own CSRF check, a request logger) may have read the body already: the container kept the fields. */
    @Test
    void aFormAFilterAlreadyReadIsTakenFromTheContainersParameters() throws Exception {
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        String token = c.token(c.f.admin);
        HttpServletRequest request = request("POST", "/users/" + grace.id() + "/suspend", Map.of("Host", ConsoleFixture.HOST, "Origin",
                "https://" + ConsoleFixture.HOST, ConsoleFixture.ACTING, c.f.admin.id().toString()), "");
        when(request.getParameterMap()).thenReturn(Map.of("csrf", new String[] {token}));
        HttpServletResponse done = response(new ByteArrayOutputStream());
        servlet.service(request, done);
        verify(done).setStatus(303);
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.SUSPENDED);
    }

    @Test
    void anUploadIsReadFromTheMultipartBodyAndAnExportIsStreamed() throws Exception {
        Map<String, String> headers = Map.of("Host", ConsoleFixture.HOST, "Origin", "https://" + ConsoleFixture.HOST,
                ConsoleFixture.ACTING, c.f.admin.id().toString());
        byte[] body = ConsoleClient.multipart(Map.of("csrf", c.tokenOf(c.f.admin)), "sheet", "a.csv",
                "Email\nann@acme.example\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        HttpServletResponse checked = response(report);
        servlet.service(request("POST", "/invitations/upload", headers, "multipart/form-data; boundary=" + ConsoleClient.BOUNDARY, body), checked);
        verify(checked).setStatus(200);
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("ann@acme.example", "would invite");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        HttpServletResponse exported = response(csv);
        servlet.service(request("POST", "/users/export", headers, "csrf=" + c.tokenOf(c.f.admin) + "&format=csv&back=tab%3Dmembers"), exported);
        verify(exported).setStatus(200);
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("Email,").contains("ada@acme.example");
    }
}
