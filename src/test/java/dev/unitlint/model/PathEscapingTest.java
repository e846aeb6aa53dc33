package dev.unitlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are what {@code systemd-escape --path} 252 prints for each path. */
class PathEscapingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/|-",
        "/srv/data|srv-data",
        "/mnt//a/|mnt-a",
        "/.hidden/x|\\x2ehidden-x",
        "/a-b\\c|a\\x2db\\x5cc",
        "/x y|x\\x20y",
        "/mnt/café|mnt-caf\\xc3\\xa9",
        "/a:b_c.d|a:b_c.d",
        "/./a/./b|a-b",
        "/a/.b|a-.b",
    })
    void escapesLikeSystemdEscape(String path, String expected) {
        assertEquals(Optional.of(expected), PathEscaping.escapePath(path));
    }

    @ParameterizedTest
    @CsvSource({"/a/../b", "/.."})
    void refusesPathsThatAreNotNormalized(String path) {
        assertEquals(Optional.empty(), PathEscaping.escapePath(path));
    }
}
