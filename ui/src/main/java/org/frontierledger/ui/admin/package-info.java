/**
 * The admin page ({@code /admin}): user accounts and their roles, and rebuilding the read models
 * and the index from the events.
 */
@NullMarked
package org.frontierledger.ui.admin;

import org.jspecify.annotations.NullMarked;
