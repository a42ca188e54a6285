/** The Vaadin dashboard: one feature package per view, shared layout in {@code base}. */
@NullMarked
package org.frontierledger.ui;

import org.jspecify.annotations.NullMarked;
