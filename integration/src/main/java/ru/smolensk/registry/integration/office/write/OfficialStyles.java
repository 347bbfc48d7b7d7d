package ru.smolensk.registry.integration.office.write;

/**
 * The style sheet ({@code word/styles.xml}) of the official documents, reduced to what the customer's
 * documents use: Times New Roman 12 pt, 10 pt spacing after paragraphs with 1.15 line spacing outside
 * tables, and the «Table Grid» style (single 0.5 pt borders, 0.19 cm cell margins, no spacing).
 */
final class OfficialStyles {

    static final String XML = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault>
                  <w:rPr>
                    <w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"
                        w:cs="Times New Roman"/>
                    <w:sz w:val="24"/>
                    <w:szCs w:val="24"/>
                    <w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/>
                  </w:rPr>
                </w:rPrDefault>
                <w:pPrDefault>
                  <w:pPr>
                    <w:spacing w:after="200" w:line="276" w:lineRule="auto"/>
                  </w:pPr>
                </w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                <w:name w:val="Normal"/>
                <w:qFormat/>
              </w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
                <w:name w:val="Default Paragraph Font"/>
                <w:uiPriority w:val="1"/>
                <w:semiHidden/>
                <w:unhideWhenUsed/>
              </w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                <w:name w:val="Normal Table"/>
                <w:uiPriority w:val="99"/>
                <w:semiHidden/>
                <w:unhideWhenUsed/>
                <w:tblPr>
                  <w:tblInd w:w="0" w:type="dxa"/>
                  <w:tblCellMar>
                    <w:top w:w="0" w:type="dxa"/>
                    <w:left w:w="108" w:type="dxa"/>
                    <w:bottom w:w="0" w:type="dxa"/>
                    <w:right w:w="108" w:type="dxa"/>
                  </w:tblCellMar>
                </w:tblPr>
              </w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList">
                <w:name w:val="No List"/>
                <w:uiPriority w:val="99"/>
                <w:semiHidden/>
                <w:unhideWhenUsed/>
              </w:style>
              <w:style w:type="table" w:styleId="TableGrid">
                <w:name w:val="Table Grid"/>
                <w:basedOn w:val="TableNormal"/>
                <w:uiPriority w:val="59"/>
                <w:pPr>
                  <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
                </w:pPr>
                <w:tblPr>
                  <w:tblInd w:w="0" w:type="dxa"/>
                  <w:tblBorders>
                    <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                    <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                    <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                    <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                    <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                    <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                  </w:tblBorders>
                  <w:tblCellMar>
                    <w:top w:w="0" w:type="dxa"/>
                    <w:left w:w="108" w:type="dxa"/>
                    <w:bottom w:w="0" w:type="dxa"/>
                    <w:right w:w="108" w:type="dxa"/>
                  </w:tblCellMar>
                </w:tblPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Header">
                <w:name w:val="header"/>
                <w:basedOn w:val="Normal"/>
                <w:pPr>
                  <w:tabs>
                    <w:tab w:val="center" w:pos="4677"/>
                    <w:tab w:val="right" w:pos="9355"/>
                  </w:tabs>
                  <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
                </w:pPr>
              </w:style>
            </w:styles>
            """;

    private OfficialStyles() {
    }
}
