package kz.gov.tsa.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A table that holds an aggregate as a JSON document beside the columns its queries and jobs use, with an
 * optimistic version: the infrastructure half of a service's persistence adapter (which keeps its SQL, its
 * version checks and its audit). A query for documents selects {@code document::text, version} as its first two
 * columns; the document read is given its stored version.
 * <p>
 * Failures are infrastructure, never business outcomes: an {@link IllegalStateException} naming the aggregate
 * ({@code "could not read contracts"}, {@code "contract <id> cannot be written as JSON"}, …). Statements run on a
 * connection of the data source, so inside a JTA transaction they join it.
 *
 * @param <T> the aggregate
 */
public final class JsonDocuments<T> {

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Class<T> type;
    private final String name;
    private final Function<T, ?> id;
    private final BiFunction<T, Long, T> atVersion;

    /**
     * @param json      the mapper as the service configured it for this aggregate
     * @param name      the aggregate's name in messages, singular, e.g. {@code "contract"}
     * @param id        the aggregate's id (for messages)
     * @param atVersion the aggregate with its stored version
     */
    public JsonDocuments(DataSource dataSource, ObjectMapper json, Class<T> type, String name, Function<T, ?> id,
                         BiFunction<T, Long, T> atVersion) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.json = Objects.requireNonNull(json, "json");
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name");
        this.id = Objects.requireNonNull(id, "id");
        this.atVersion = Objects.requireNonNull(atVersion, "atVersion");
    }

    /** The mapper the documents are read and written with. */
    public ObjectMapper json() {
        return json;
    }

    /** The aggregate as its JSON document. */
    public String write(T aggregate) {
        try {
            return json.writeValueAsString(aggregate);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(name + " " + id.apply(aggregate) + " cannot be written as JSON", e);
        }
    }

    /** A stored document at its stored version. */
    public T read(String document, long version) {
        try {
            return atVersion.apply(json.readValue(document, type), version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + name + " cannot be read", e);
        }
    }

    /** The first document the query finds. */
    public Optional<T> one(String sql, Object... args) {
        return list(sql, args).stream().findFirst();
    }

    /** The documents of a query selecting {@code document::text, version}. */
    public List<T> list(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Jdbc.prepare(c, sql, args);
             ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs.getString(1), rs.getLong(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + name + "s", e);
        }
    }

    /** The ids (first column) a claiming query returns, e.g. {@code … FOR UPDATE SKIP LOCKED}. */
    public List<UUID> ids(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Jdbc.prepare(c, sql, args);
             ResultSet rs = st.executeQuery()) {
            List<UUID> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getObject(1, UUID.class));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim " + name + "s", e);
        }
    }

    /** The rows an insert or update changed. */
    public int execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Jdbc.prepare(c, sql, args)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a " + name, e);
        }
    }
}
