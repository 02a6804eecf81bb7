/**
 * Who the current user is: a small seam ({@link com.perfdash.base.user.CurrentUser}) that answers
 * "system" until access control replaces it.
 */
package com.perfdash.base.user;
