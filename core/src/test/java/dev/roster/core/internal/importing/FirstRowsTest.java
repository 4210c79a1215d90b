package dev.roster.core.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRowsTest {
    @Test
    void eachKeyKeepsTheFirstRowItWasSeenOnThroughManyRegrowths() {
        FirstRows first = new FirstRows();
        int keys = 300_000; // the table regrows about twenty times on the way
        for (int row = 1; row <= keys; row++) {
            assertThat(first.putIfAbsent("person" + row + "@example.org", row)).isZero();
        }
        for (int row = 1; row <= keys; row++) {
            assertThat(first.putIfAbsent("person" + row + "@example.org", keys + row)).as("key %d", row).isEqualTo(row);
        }
        assertThat(first.putIfAbsent("Person1@example.org", 2 * keys + 1)).as("keys are compared as given").isZero();
    }
}
