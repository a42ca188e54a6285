/**
 * The ingest page: upload files or give an http(s) page or RSS/Atom feed, and see what each
 * document yielded.
 */
@NullMarked
package org.frontierledger.ui.ingest;

import org.jspecify.annotations.NullMarked;
