/**
 * Users, roles and the web security of the dashboard and the REST API. Roles nest: an
 * {@code ADMIN} is also an {@code ANALYST}, an {@code ANALYST} also a {@code VIEWER}.
 */
@NullMarked
package org.frontierledger.security;

import org.jspecify.annotations.NullMarked;
