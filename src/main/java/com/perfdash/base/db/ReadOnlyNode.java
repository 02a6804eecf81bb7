package com.perfdash.base.db;

/**
 * Whether this app node is a read-only node over the warehouse ({@code perfdash.read-only},
 * PERFDASH_READ_ONLY; docs/scale-out.md). Such a node serves the pages from its copy of the warehouse's
 * current export and refuses everything that would change the model: imports, the data folder, exports.
 * Users, sign-in records and the audit log stay the node's own.
 */
public record ReadOnlyNode(boolean active) {

    /** The message a refused change gets, Chinese first (the same text for the page, the log and the command). */
    public static final String REFUSAL = "本节点为只读节点（PERFDASH_READ_ONLY=true），数据来自数据仓库的导出，不能在此导入或修改数据；"
            + "请在写入节点上操作，写入节点导出后本节点自动刷新。"
            + " / This is a read-only node: its data comes from the warehouse export; import on the writer node,"
            + " and this node shows the new data after the writer's next export.";

    /** Throws {@link ReadOnlyNodeException} on a read-only node. */
    public void refuseChanges() {
        if (active) {
            throw new ReadOnlyNodeException(REFUSAL);
        }
    }

    /** A change refused on a read-only node. */
    public static class ReadOnlyNodeException extends IllegalStateException {
        public ReadOnlyNodeException(String message) {
            super(message);
        }
    }
}
