package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon is data: the shipped files load, an administrator's files add to them, and conflicts are refused. */
class LexiconTest {

    @Test
    void loadsTheShippedListsWithEverySpellingNamingOneCompany() {
        Lexicon lexicon = Lexicon.builtIn();

        assertThat(lexicon.size()).isGreaterThan(250);
        assertThat(lexicon.company("Cursor").name()).isEqualTo("Anysphere");
        assertThat(lexicon.company("Alphabet").name()).isEqualTo("Google");
        assertThat(lexicon.company("Sequoia").investor()).isTrue();
        assertThat(lexicon.modelWord("Sonnet")).isTrue();
    }

    @Test
    void addsAnAdministratorsCompaniesAndTheyAreFoundInText(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(Lexicon.COMPANIES), "Zyphra Labs\tlab\tZyphra\n");

        Lexicon lexicon = Lexicon.load(folder);

        assertThat(new Names(lexicon).find("Zyphra raised $100 million"))
                .extracting(Mention::name)
                .containsExactly("Zyphra Labs");
        assertThat(new Names(Lexicon.builtIn()).find("Zyphra shipped"))
                .extracting(Mention::name)
                .doesNotContain("Zyphra Labs");
    }

    @Test
    void refusesASpellingThatWouldNameTwoCompaniesWithItsFileAndLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(Lexicon.COMPANIES), "# mine\nCursor Inc\tcompany\tCursor\n");

        assertThatThrownBy(() -> Lexicon.load(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Lexicon.COMPANIES + ":2")
                .hasMessageContaining("\"Cursor\" already names Anysphere");
    }

    @Test
    void reportsABadCuePatternWithItsLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(Lexicon.CUES), "FUNDING\traise(d\n");

        assertThatThrownBy(() -> Lexicon.load(folder))
                .hasMessageContaining(Lexicon.CUES + ":1")
                .hasMessageContaining("not a valid regular expression");
    }
}
