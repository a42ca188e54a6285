/** One company or model: its events, claims, charts and conflicts. */
@NullMarked
package org.frontierledger.ui.entity;

import org.jspecify.annotations.NullMarked;
