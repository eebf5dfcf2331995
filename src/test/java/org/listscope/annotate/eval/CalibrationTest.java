package org.listscope.annotate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void aConfidenceThatEqualsItsBinsPrecisionHasNoCalibrationError() {
        Calibration c = new Calibration();
        // 0.55: 11 of 20 right; 0.85: 17 of 20 right
        for (int i = 0; i < 20; i++) c.add("claim", 0.55, i < 11);
        for (int i = 0; i < 20; i++) c.add("claim", 0.85, i < 17);
        assertThat(c.count("claim")).isEqualTo(40);
        assertThat(c.expectedError("claim")).isCloseTo(0.0, within(1e-9));
        // Brier: (11 * 0.45^2 + 9 * 0.55^2 + 17 * 0.15^2 + 3 * 0.85^2) / 40
        assertThat(c.brier("claim")).isCloseTo((11 * 0.2025 + 9 * 0.3025 + 17 * 0.0225 + 3 * 0.7225) / 40, within(1e-9));
        assertThat(c.table()).contains("| claim | 0.5-0.6 | 20 | 0.55 | 0.55 | +0.00 |", "| claim | 0.8-0.9 | 20 | 0.85 | 0.85 | +0.00 |");
    }

    @Test
    void anOverconfidentBinShowsItsGap() {
        Calibration c = new Calibration();
        for (int i = 0; i < 10; i++) c.add("citation", 0.95, i < 6);
        assertThat(c.expectedError("citation")).isCloseTo(0.35, within(1e-9));
        assertThat(c.table()).contains("| citation | 0.9-1.0 | 10 | 0.95 | 0.60 | -0.35 |");
    }

    @Test
    void aucCountsHowOftenARightPredictionOutranksAWrongOneWithTiesAsHalves() {
        Calibration c = new Calibration();
        c.add("claim", 0.9, true);
        c.add("claim", 0.6, true);
        c.add("claim", 0.6, false);
        c.add("claim", 0.4, false);
        // pairs (right, wrong): (0.9, 0.6) 1, (0.9, 0.4) 1, (0.6, 0.6) 0.5, (0.6, 0.4) 1 -> 3.5 / 4
        assertThat(c.auc("claim")).isCloseTo(0.875, within(1e-9));
        Calibration constant = new Calibration();
        for (int i = 0; i < 6; i++) constant.add("claim", 0.65, i % 2 == 0);
        assertThat(constant.auc("claim")).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void predictionsWithoutAConfidenceAndTypesWithoutBothOutcomesAreLeftOut() {
        Calibration c = new Calibration();
        c.add("claim", Double.NaN, true);
        c.add("citation", 0.9, true);
        assertThat(c.count("claim")).isZero();
        assertThat(c.expectedError("claim")).isNaN();
        assertThat(c.brier("claim")).isNaN();
        assertThat(c.auc("citation")).isNaN();
        assertThat(c.table()).doesNotContain("| claim |").contains("| citation | all | 1 | ECE 0.100 | Brier 0.010 | AUC - |");
    }
}
