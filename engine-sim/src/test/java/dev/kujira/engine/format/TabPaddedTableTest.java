package dev.kujira.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Go's tabwriter with padchar '\t' ({@code NewWriter(out, 1, 8, 1, '\t', 0)}), as buildx prints its tables. */
class TabPaddedTableTest {
  @Test
  void tabPadded_fillsEachColumnToTheNextTabStop() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    TableWriter tw = TableWriter.tabPadded(new PrintStream(buf, true, StandardCharsets.UTF_8), 1, 8, 1);
    tw.write("ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n");
    tw.write(String.format("%-40s\t%-5s\t%-10s\t%s\n", "abc*", "true", "85B", "1 second ago"));
    tw.flush();
    tw.write("Total:\t85B\n");
    tw.flush();
    // Recorded from `docker builder prune -f` on Docker 26.1 (the id shortened to 4 characters).
    assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo(
        "ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED\n"
            + "abc*" + " ".repeat(36) + "\ttrue \t\t85B       \t1 second ago\n"
            + "Total:\t85B\n");
  }
}
