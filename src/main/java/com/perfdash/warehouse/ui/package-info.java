/** 数据仓库 (admins only): the last export of the warehouse and the action that writes a new one. */
package com.perfdash.warehouse.ui;
