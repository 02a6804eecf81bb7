package com.perfdash.importer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a query row whose columns are named as in the data format to a {@link DataRow}, each value
 * written as the format writes it (516.66, 9, 100; a DECIMAL's trailing zeros dropped).
 */
public class DataRowMapper implements RowMapper<DataRow> {

    @Override
    public DataRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        DataRow.Builder row = DataRow.builder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            String text;
            if (v == null) {
                text = null;
            } else if (v instanceof BigDecimal d) {
                text = com.perfdash.importer.recognize.GridCells.plain(d);
            } else {
                text = v.toString();
            }
            row.put(meta.getColumnLabel(i), text);
        }
        return row.build();
    }
}
