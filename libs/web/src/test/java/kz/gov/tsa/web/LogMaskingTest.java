package kz.gov.tsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogMaskingTest {

    @Test
    void masksAnIinKeepingFirstFourAndLastTwoDigits() {
        assertThat(LogMasking.iin("900101300123")).isEqualTo("9001******23");
    }

    @Test
    void masksAnythingElseCompletely() {
        assertThat(LogMasking.iin(null)).isNull();
        assertThat(LogMasking.iin("12345")).isEqualTo("*****");
        assertThat(LogMasking.iin("90010130012X")).isEqualTo("************");
    }

    @Test
    void masksEveryTwelveDigitRunInText() {
        assertThat(LogMasking.maskIins("applicant 900101300123, spouse=910202400456; child:050505500789."))
                .isEqualTo("applicant 9001******23, spouse=9102******56; child:0505******89.");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(LogMasking.maskIins("card 4400430012345678 phone 87011234567 id 12345678901"))
                .isEqualTo("card 4400430012345678 phone 87011234567 id 12345678901");
        assertThat(LogMasking.maskIins(null)).isNull();
        assertThat(LogMasking.maskIins("short")).isEqualTo("short");
    }
}
