/** The review queue: analysts confirm, reject or correct extracted market events. */
@NullMarked
package org.frontierledger.ui.review;

import org.jspecify.annotations.NullMarked;
