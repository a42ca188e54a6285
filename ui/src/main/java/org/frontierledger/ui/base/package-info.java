/** The dashboard's shell: main layout, login view and shared components. */
@NullMarked
package org.frontierledger.ui.base;

import org.jspecify.annotations.NullMarked;
