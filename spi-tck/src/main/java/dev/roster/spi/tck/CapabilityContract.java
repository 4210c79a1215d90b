package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.store.Capabilities;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.StoreTransaction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What a store says it offers of the optional capabilities, and whether it does: every declared
 * capability is offered, through its port, in every unit of work (writing and reading), and nothing
 * undeclared is. The test report lists each capability the SPI knows as "offers ..." or "does not
 * offer ..."; run the contract class of each one the store offers as well.
 */
public abstract class CapabilityContract extends StoreContract {

    /** The capabilities this check covers: every known one, and whatever else the store declares. */
    private Set<Capability<?>> all() {
        Set<Capability<?>> all = new LinkedHashSet<>(Capabilities.KNOWN);
        all.addAll(store.capabilities());
        return all;
    }

    @TestFactory
    Stream<DynamicTest> eachCapabilityIsOfferedExactlyWhenDeclared() {
        return dynamicTests();
    }

    /** The checks of {@link #eachCapabilityIsOfferedExactlyWhenDeclared}, one per capability, named by what the store says. */
    public Stream<DynamicTest> dynamicTests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Capability<?> capability : all()) {
            boolean declared = store.capabilities().contains(capability);
            tests.add(DynamicTest.dynamicTest((declared ? "offers " : "does not offer ") + capability.name(), () -> {
                assertThat(tx((StoreTransaction tx) -> tx.port(capability).isPresent())).as("in a unit that writes").isEqualTo(declared);
                assertThat(read((StoreTransaction tx) -> tx.port(capability).isPresent())).as("in a unit that reads").isEqualTo(declared);
                if (declared) {
                    assertThat(tx((StoreTransaction tx) -> capability.in(tx))).isInstanceOf(capability.port());
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void anUndeclaredCapabilityIsRefusedWithATypedErrorNamingIt() {
        Capability<Runnable> unknown = new Capability<>("not-a-capability", Runnable.class);
        assertThat(failure(tx -> unknown.in(tx)).getMessage()).contains("not-a-capability");
    }
}
