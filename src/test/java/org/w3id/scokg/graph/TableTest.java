package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.project.InputException;

class TableTest {
    @TempDir
    Path temp;

    private Table read(String text) throws Exception {
        Path file = temp.resolve("t.csv");
        Files.writeString(file, text);
        return Table.read(file, "data/t.csv");
    }

    @Test
    void rows_are_numbered_as_an_editor_shows_them() throws Exception {
        Table table = read("key,label,note\na,\"first\nline\",\nb,second,\n");
        assertEquals("data/t.csv:2", table.rows().get(0).at(null).toString());
        assertEquals("data/t.csv:4:2 (label)", table.rows().get(1).at("label").toString());
        assertEquals(2, table.rows().get(0).cells().size(), "empty cells are left out");
    }

    @Test
    void invalid_utf8_names_the_file() throws Exception {
        Path file = temp.resolve("bad.csv");
        Files.write(file, new byte[] {'k', 'e', 'y', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        InputException e = assertThrows(InputException.class, () -> Table.read(file, "data/bad.csv"));
        assertEquals("data/bad.csv: not valid UTF-8", e.getMessage());
    }

    @Test
    void every_short_row_is_reported_at_once() {
        InputException e = assertThrows(InputException.class, () -> read("key,label\na\nb,ok\nc\n"));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().contains("data/t.csv:2: the row has 1 cells but the header has 2"));
        assertTrue(e.getMessage().contains("data/t.csv:4: the row has 1 cells"));
    }

    @Test
    void a_bad_column_name_is_refused() {
        InputException e = assertThrows(InputException.class, () -> read("key,Label\na,b\n"));
        assertEquals("data/t.csv:1:2: column name 'Label' must be lower case letters, digits and '_'", e.getMessage());
    }

    @Test
    void spaces_around_a_cell_are_refused() {
        InputException e = assertThrows(InputException.class, () -> read("key,label\na, b\n"));
        assertEquals("data/t.csv:2:2 (label): the cell has spaces at its start or end", e.getMessage());
    }

    @Test
    void a_missing_file_is_a_clear_error() {
        InputException e = assertThrows(InputException.class, () -> Table.read(temp.resolve("none.csv"), "data/none.csv"));
        assertTrue(e.getMessage().startsWith("data/none.csv: cannot read"), e.getMessage());
    }
}
