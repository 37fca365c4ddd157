package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.scan.ScanProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void notATerminal_getsPlainLinesAtEveryTenth_andNoCarriageReturn() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true, false);

    for (int i = 1; i <= 40; i++) {
      bar.update(new ScanProgress("ec2", "us-east-1", i, 40, i * 100 / 40));
    }
    bar.finish();

    assertThat(err.toString()).doesNotContain("\r");
    assertThat(err.toString().lines()).hasSize(11).last().asString().contains("100% 40/40");
  }

  @Test
  void terminal_redrawsInPlace() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true, true);

    bar.update(new ScanProgress("ec2", "us-east-1", 1, 2, 50));
    bar.update(new ScanProgress("ec2", "us-east-1", 2, 2, 100));
    bar.finish();

    assertThat(err.toString()).startsWith("\r[").contains("\r[####").endsWith("\n");
    assertThat(err.toString().split("\n")).hasSize(1);
  }
}
