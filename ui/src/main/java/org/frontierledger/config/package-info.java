/** Application-wide configuration of the ui module. */
@NullMarked
package org.frontierledger.config;

import org.jspecify.annotations.NullMarked;
