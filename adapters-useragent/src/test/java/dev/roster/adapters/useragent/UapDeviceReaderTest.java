package dev.roster.adapters.useragent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.access.DeviceReader.Device;
import org.junit.jupiter.api.Test;

class UapDeviceReaderTest {
    private static final UapDeviceReader READER = new UapDeviceReader();

    @Test
    void realBrowsersAreNamedWithTheirMajorVersions() {
        assertThat(READER.read("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0"))
                .isEqualTo(new Device("Firefox 131", "Windows 10"));
        assertThat(READER.read("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo(new Device("Mobile Safari 17", "iOS 17"));
        assertThat(READER.read("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"))
                .isEqualTo(new Device("Chrome 129", "Linux"));
    }

    @Test
    void nothingRecognisedIsUnknownNotAnError() {
        assertThat(READER.read(null)).isEqualTo(Device.UNKNOWN);
        assertThat(READER.read("  ")).isEqualTo(Device.UNKNOWN);
        assertThat(READER.read("\u0000\uFFFF junk")).isEqualTo(Device.UNKNOWN);
    }

    @Test
    void onlyTheFirstCharactersAreParsedSoAHugeJunkStringCostsNoMoreThanARealOne() {
        assertThat(READER.read("x".repeat(10) + " Firefox/131.0").browser()).isEqualTo("Firefox 131");
        assertThat(READER.read("x".repeat(UapDeviceReader.MAX_LENGTH) + " Firefox/131.0").browser()).as("past the cut").isNull();
        assertThat(READER.read("Mozilla/5.0 (" + "a;".repeat(12_500))).isNotNull();
    }
}
