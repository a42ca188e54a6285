package org.frontierledger.ingestion;

import java.nio.file.Path;
import java.util.List;
import org.frontierledger.ingestion.internal.extract.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * Companies' canonical names and aliases, from the extractor's lexicon (the shipped lists plus an
 * administrator's {@code <data dir>/lexicon/}): "Alphabet", "GOOGL" and "Google DeepMind" are
 * Google; "Cursor" is Anysphere. Views use it so that an alias opens its entity and an entity page
 * can list its other names.
 */
public final class EntityNames {
    private final Lexicon lexicon;

    private EntityNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The shipped lists. */
    public static EntityNames builtIn() {
        return new EntityNames(Lexicon.builtIn());
    }

    /** The shipped lists plus the files of {@code folder} (which may be missing). */
    public static EntityNames load(@Nullable Path folder) {
        return new EntityNames(Lexicon.load(folder));
    }

    /** The canonical name of a company spelling, or the name itself when it is no known company's spelling. */
    public String canonical(String name) {
        String bare = name.strip().replaceFirst("\\s*\\([^()]*\\)$", "");
        String canonical = lexicon.canonicalCompany(bare.isBlank() ? name.strip() : bare);
        return canonical != null ? canonical : name.strip();
    }

    /** Whether the name is a known company or one of its spellings. */
    public boolean known(String name) {
        return lexicon.canonicalCompany(name.strip()) != null;
    }

    /** The other spellings of a company (empty when it is not a known company). */
    public List<String> aliases(String name) {
        return lexicon.spellingsOf(canonical(name));
    }
}
