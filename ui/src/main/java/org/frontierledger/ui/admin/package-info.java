/** The dashboard's admin viewadmin. */
@NullMarked
package org.frontierledger.ui.admin;

import org.jspecify.annotations.NullMarked;
