package kz.gov.tsa.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import kz.gov.tsa.testing.postgres.PostgresServer;
import kz.gov.tsa.testing.postgres.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A versioned JSON document beside its query columns, over a real PostgreSQL. */
class JsonDocumentsTest {

    record Note(UUID id, String text, long version) {
        Note atVersion(long v) {
            return new Note(id, text, v);
        }
    }

    static PostgresServer server;
    static TestDatabase db;
    static JsonDocuments<Note> notes;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.startOrConnect(Path.of(System.getProperty("java.io.tmpdir"), "pg"));
        db = server.createDatabase("tsa_persistence");
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute("CREATE TABLE note (id uuid PRIMARY KEY, due date NOT NULL, "
                    + "changed_at timestamptz NOT NULL, version bigint NOT NULL, document jsonb NOT NULL)");
        }
        ObjectMapper json = new ObjectMapper();
        notes = new JsonDocuments<>(db.dataSource(), json, Note.class, "note", Note::id, Note::atVersion);
    }

    @AfterAll
    static void stop() {
        db.close();
        server.close();
    }

    @Test
    void aDocumentIsWrittenReadAtItsStoredVersionAndClaimedById() {
        Note note = new Note(UUID.randomUUID(), "Әлеуметтік келісімшарт", 0);
        LocalDate due = LocalDate.of(2026, 3, 2);
        assertThat(notes.execute("INSERT INTO note (id, due, changed_at, version, document) "
                + "VALUES (?, ?, ?, 7, CAST(? AS jsonb))", note.id(), due, Instant.now(), notes.write(note)))
                .isEqualTo(1);

        assertThat(notes.one("SELECT document::text, version FROM note WHERE id = ?", note.id()))
                .contains(note.atVersion(7));
        assertThat(notes.list("SELECT document::text, version FROM note WHERE due = ?", LocalDate.of(2026, 3, 2)))
                .containsExactly(note.atVersion(7));
        assertThat(notes.one("SELECT document::text, version FROM note WHERE id = ?", UUID.randomUUID())).isEmpty();
        assertThat(notes.ids("SELECT id FROM note WHERE due < ? ORDER BY id", LocalDate.of(2026, 3, 3)))
                .contains(note.id());
        assertThat(notes.execute("UPDATE note SET version = 8 WHERE id = ? AND version = ?", note.id(), 6L))
                .as("a stale version changes nothing").isZero();
    }

    @Test
    void failuresAreInfrastructureErrorsNamingTheAggregate() {
        assertThatThrownBy(() -> notes.list("SELECT nothing FROM nowhere"))
                .isInstanceOf(IllegalStateException.class).hasMessage("could not read notes");
        assertThatThrownBy(() -> notes.ids("SELECT nothing FROM nowhere"))
                .isInstanceOf(IllegalStateException.class).hasMessage("could not claim notes");
        assertThatThrownBy(() -> notes.execute("UPDATE nowhere SET x = 1"))
                .isInstanceOf(IllegalStateException.class).hasMessage("could not store a note");
        assertThatThrownBy(() -> notes.read("{not json", 1))
                .isInstanceOf(IllegalStateException.class).hasMessage("a stored note cannot be read");
    }
}
