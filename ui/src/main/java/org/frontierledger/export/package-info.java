/**
 * Exporters of the weekly digest: Markdown, HTML (self-contained, for e-mail), PDF (rendered from
 * that HTML with no external resources), CSV (one row per event, neutralised against formula
 * injection) and JSON (the full structure). Every format escapes text from sources; output is
 * deterministic, except for the generation timestamp in a marked header field.
 */
@NullMarked
package org.frontierledger.export;

import org.jspecify.annotations.NullMarked;
