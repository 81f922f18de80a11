package org.tradedesk.marketing.domain;

import org.tradedesk.shared.TradedeskException;

/**
 * The input of a selection run does not make sense; the message code names the problem and the
 * arguments say where (criterion, row, column, alternative).
 */
public class SelectionInputInvalid extends TradedeskException {

    private SelectionInputInvalid(String code, String message, Object... args) {
        super(Kind.INVALID, code, message, args);
    }

    public static SelectionInputInvalid noCriteria() {
        return new SelectionInputInvalid("marketing.selection.no-criteria", "a selection needs at least one criterion");
    }

    public static SelectionInputInvalid tooManyCriteria(int max) {
        return new SelectionInputInvalid("marketing.selection.too-many-criteria", "at most " + max + " criteria",
                String.valueOf(max));
    }

    public static SelectionInputInvalid noAlternatives() {
        return new SelectionInputInvalid("marketing.selection.no-alternatives", "a selection needs at least one alternative");
    }

    public static SelectionInputInvalid tooManyAlternatives(int max) {
        return new SelectionInputInvalid("marketing.selection.too-many-alternatives", "at most " + max + " alternatives",
                String.valueOf(max));
    }

    public static SelectionInputInvalid noMethod() {
        return new SelectionInputInvalid("marketing.selection.no-method", "the method is missing (WEIGHTED, AHP or TOPSIS)");
    }

    public static SelectionInputInvalid criterionIncomplete(int index) {
        return new SelectionInputInvalid("marketing.selection.criterion-incomplete",
                "criterion " + index + " needs a name and a kind (benefit or cost)", String.valueOf(index));
    }

    public static SelectionInputInvalid alternativeUnnamed(int index) {
        return new SelectionInputInvalid("marketing.selection.alternative-unnamed",
                "alternative " + index + " needs a name", String.valueOf(index));
    }

    public static SelectionInputInvalid weightMissing(String criterion) {
        return new SelectionInputInvalid("marketing.selection.weight-missing",
                "criterion " + criterion + " needs a weight for this method", criterion);
    }

    public static SelectionInputInvalid weightNegative(String criterion) {
        return new SelectionInputInvalid("marketing.selection.weight-negative",
                "the weight of " + criterion + " must be zero or more and finite", criterion);
    }

    public static SelectionInputInvalid weightsSumNotPositive() {
        return new SelectionInputInvalid("marketing.selection.weights-sum",
                "the weights must add up to a positive number");
    }

    public static SelectionInputInvalid scoresWrongLength(String alternative, int given, int expected) {
        return new SelectionInputInvalid("marketing.selection.scores-length",
                "alternative " + alternative + " has " + given + " scores for " + expected + " criteria",
                alternative, String.valueOf(given), String.valueOf(expected));
    }

    public static SelectionInputInvalid scoreNotFinite(String alternative, String criterion) {
        return new SelectionInputInvalid("marketing.selection.score-not-finite",
                "the score of " + alternative + " on " + criterion + " is missing or not a number", alternative, criterion);
    }

    public static SelectionInputInvalid scoreNotPositive(String alternative, String criterion) {
        return new SelectionInputInvalid("marketing.selection.score-not-positive",
                "the score of " + alternative + " on " + criterion + " must be above zero for this method",
                alternative, criterion);
    }

    public static SelectionInputInvalid columnAllZero(String criterion) {
        return new SelectionInputInvalid("marketing.selection.column-zero",
                "every score on " + criterion + " is zero; the criterion cannot be normalised", criterion);
    }

    public static SelectionInputInvalid pairwiseMissing() {
        return new SelectionInputInvalid("marketing.selection.pairwise-missing",
                "AHP needs the pairwise comparison matrix of the criteria");
    }

    public static SelectionInputInvalid pairwiseNotSquare(int size, int row, int length) {
        return new SelectionInputInvalid("marketing.selection.pairwise-not-square",
                "the pairwise matrix must be " + size + " × " + size + "; row " + row + " has " + length + " entries",
                String.valueOf(size), String.valueOf(row), String.valueOf(length));
    }

    public static SelectionInputInvalid pairwiseNotPositive(int row, int column) {
        return new SelectionInputInvalid("marketing.selection.pairwise-not-positive",
                "pairwise entry (" + row + ", " + column + ") must be a positive number",
                String.valueOf(row), String.valueOf(column));
    }

    public static SelectionInputInvalid pairwiseDiagonal(int row) {
        return new SelectionInputInvalid("marketing.selection.pairwise-diagonal",
                "pairwise entry (" + row + ", " + row + ") compares a criterion with itself and must be 1",
                String.valueOf(row));
    }

    public static SelectionInputInvalid pairwiseNotReciprocal(int row, int column) {
        return new SelectionInputInvalid("marketing.selection.pairwise-not-reciprocal",
                "pairwise entries (" + row + ", " + column + ") and (" + column + ", " + row + ") must be reciprocal",
                String.valueOf(row), String.valueOf(column));
    }

    public static SelectionInputInvalid unknownMethod(String given) {
        return new SelectionInputInvalid("marketing.selection.unknown-method",
                "unknown method " + given + " (WEIGHTED, AHP or TOPSIS)", String.valueOf(given));
    }

    public static SelectionInputInvalid unknownKind(int index, String given) {
        return new SelectionInputInvalid("marketing.selection.unknown-kind",
                "criterion " + index + " has kind " + given + "; expected benefit or cost", String.valueOf(index),
                String.valueOf(given));
    }
}
