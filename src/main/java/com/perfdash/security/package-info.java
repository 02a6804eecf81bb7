/**
 * Who may see what: sign-in against the user store (BCrypt hashes in DuckDB), the four roles, the
 * data scope every service applies (a unit user sees only its own unit), login throttling and the
 * audit log of sign-ins and imports.
 */
package com.perfdash.security;
