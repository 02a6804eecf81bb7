/** The login page and the user administration page. */
package com.perfdash.security.ui;
