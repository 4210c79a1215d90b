package dev.roster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a team adopting Roster relies on, checked on the jars this build just made: each published
 * jar names its JPMS module, no package is split across jars, sources and javadoc come beside each
 * jar, and the BOM lists every published module at the build's version.
 */
class ReleaseArtifactsTest {
    private static final Path ROOT = Path.of("..");
    /** Every published module and its module name; examples and benchmarks are never published. */
    private static final Map<String, String> PUBLISHED = Map.ofEntries(
            Map.entry("spi", "dev.roster.spi"),
            Map.entry("core", "dev.roster.core"),
            Map.entry("spi-tck", "dev.roster.spi.tck"),
            Map.entry("adapters-inmemory", "dev.roster.adapters.inmemory"),
            Map.entry("adapters-jdbc", "dev.roster.adapters.jdbc"),
            Map.entry("mail-templates", "dev.roster.mail.templates"),
            Map.entry("adapters-smtp", "dev.roster.adapters.smtp"),
            Map.entry("adapters-argon2", "dev.roster.adapters.argon2"),
            Map.entry("adapters-useragent", "dev.roster.adapters.useragent"),
            Map.entry("adapters-spreadsheet", "dev.roster.adapters.spreadsheet"),
            Map.entry("console", "dev.roster.console"),
            Map.entry("spring-boot-autoconfigure", "dev.roster.spring.autoconfigure"),
            Map.entry("spring-boot-starter", "dev.roster.spring.starter"));

    private static String version() throws IOException {
        Matcher m = Pattern.compile("<artifactId>roster-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static Path jar(String module, String classifier) throws IOException {
        return ROOT.resolve(module).resolve("target").resolve("roster-" + module + "-" + version() + classifier + ".jar");
    }

    @Test
    void everyPublishedJarNamesItsModuleAndComesWithSourcesAndJavadoc() throws IOException {
        for (Map.Entry<String, String> module : PUBLISHED.entrySet()) {
            try (JarFile jar = new JarFile(jar(module.getKey(), "").toFile())) {
                assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as(module.getKey())
                        .isEqualTo(module.getValue());
                assertThat(jar.getEntry("META-INF/LICENSE")).as(module.getKey() + " carries its license").isNotNull();
            }
            assertThat(jar(module.getKey(), "-sources")).as(module.getKey() + " sources").exists();
            assertThat(jar(module.getKey(), "-javadoc")).as(module.getKey() + " javadoc").exists();
        }
        try (JarFile tests = new JarFile(jar("core", "-tests").toFile())) {
            assertThat(tests.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as("core's test-jar is not core")
                    .isEqualTo("dev.roster.core.tests");
        }
    }

    @Test
    void noPackageIsSplitAcrossPublishedJars() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> split = new ArrayList<>();
        for (String module : PUBLISHED.keySet()) {
            try (JarFile jar = new JarFile(jar(module, "").toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && n.contains("/"))
                        .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.')).distinct()
                        .forEach(pkg -> {
                            String first = owner.putIfAbsent(pkg, module);
                            if (first != null && !first.equals(module)) {
                                split.add(pkg + " in " + first + " and " + module);
                            }
                        });
            }
        }
        assertThat(split).isEmpty();
        assertThat(owner).containsKeys("dev.roster.spi.model", "dev.roster.core", "dev.roster.adapters.jdbc");
    }

    @Test
    void theBomListsEveryPublishedModuleAtTheBuildsVersionAndNothingElse() throws IOException {
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        Matcher version = Pattern.compile("<artifactId>roster-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom);
        assertThat(version.find()).isTrue();
        assertThat(version.group(1)).isEqualTo(version());
        List<String> listed = new ArrayList<>();
        Matcher artifact = Pattern.compile("<artifactId>(roster-[a-z0-9-]+)</artifactId>").matcher(
                bom.substring(bom.indexOf("<dependencyManagement>")));
        while (artifact.find()) {
            listed.add(artifact.group(1));
        }
        assertThat(listed.stream().distinct()).containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet().stream().map(m -> "roster-" + m).toList());
        assertThat(bom).as("core's test-jar, which store writers run").containsPattern(
                "<artifactId>roster-core</artifactId>\\s*<version>[^<]+</version>\\s*<type>test-jar</type>");
        List<String> built = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (module.find()) {
            built.add(module.group(1));
        }
        assertThat(built).as("modules of the build that would be published").filteredOn(m -> !List.of("examples", "benchmarks", "bom").contains(m))
                .containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());
    }
}
