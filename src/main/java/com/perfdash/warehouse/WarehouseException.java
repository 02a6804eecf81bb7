package com.perfdash.warehouse;

/** An export or a read of the warehouse that could not be done; the message says what and where. */
public class WarehouseException extends RuntimeException {

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }

    public WarehouseException(String message) {
        super(message);
    }
}
