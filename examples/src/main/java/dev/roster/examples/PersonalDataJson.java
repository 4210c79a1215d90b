package dev.roster.examples;

import dev.roster.core.user.PersonalData;
import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.ZoneId;

/**
 * How a host answers a data-access request: Roster hands over {@link PersonalData} as plain values
 * and the host writes it with its own JSON library (Jackson here). Ids, addresses and names of
 * roles and permissions are written as their text.
 */
final class PersonalDataJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .registerModule(asText())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private PersonalDataJson() {
    }

    static String write(PersonalData data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimpleModule asText() {
        SimpleModule module = new SimpleModule("roster-values-as-text");
        for (Class<?> type : new Class<?>[] {EmailAddress.class, UserId.class, TenantId.class, RoleId.class, Permission.class,
                GroupId.class, InvitationId.class, AuditEntryId.class, ZoneId.class}) {
            module.addSerializer(type, ToStringSerializer.instance);
        }
        return module;
    }
}
