package dev.roster.core.policy;

/**
 * How big an uploaded spreadsheet may be. An import is not bound by the policy's batch limit (that
 * is the API's batch); these bound the file instead.
 *
 * @param maxFileBytes the most bytes an upload may have, as uploaded
 * @param maxInflatedBytes the most bytes the parts of a zip-based file (XLSX) may inflate to
 *     together, counted as they are inflated, not as the zip claims
 * @param maxRows the most data rows a file may hold
 * @param maxCellLength the most characters one cell may hold
 */
public record ImportLimits(long maxFileBytes, long maxInflatedBytes, int maxRows, int maxCellLength) {
    /** 10 MB uploaded, 100 MB inflated, 10,000 rows, 1,000 characters a cell. */
    public static final ImportLimits DEFAULT = new ImportLimits(10L * 1024 * 1024, 100L * 1024 * 1024, 10_000, 1_000);

    /**
     * Checks the limits.
     *
     * @param maxFileBytes the most bytes an upload may have
     * @param maxInflatedBytes the most bytes an XLSX file's parts may inflate to together
     * @param maxRows the most data rows a file may hold
     * @param maxCellLength the most characters one cell may hold
     * @throws IllegalArgumentException when a limit is not positive
     */
    public ImportLimits {
        if (maxFileBytes < 1 || maxInflatedBytes < 1 || maxRows < 1 || maxCellLength < 1) {
            throw new IllegalArgumentException("import limits must be positive, got " + maxFileBytes + " bytes, " + maxInflatedBytes
                    + " bytes inflated, " + maxRows + " rows, " + maxCellLength + " characters a cell");
        }
    }
}
