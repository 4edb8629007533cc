package org.newskg.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newskg.extract.EntityType;
import org.newskg.rdf.IriMinter;

/**
 * Fuzzes IRI minting: whatever a name or url holds, the IRI made from it passes Jena's checks
 * (corpus in src/test/resources/org/newskg/ingest/IriFuzzTestInputs/).
 */
class IriFuzzTest {
    @FuzzTest(maxDuration = "150s")
    void mint(FuzzedDataProvider data) {
        EntityType type = EntityType.values()[data.consumeInt(0, EntityType.values().length - 1)];
        String name = data.consumeRemainingAsString();
        HostileIriTest.assertValid(IriMinter.entity(type, name));
        HostileIriTest.assertValid(IriMinter.article(name));
        String web = SourceIris.web(name);
        if (web != null) {
            HostileIriTest.assertValid(web);
        }
        String web2 = SourceIris.web("https://example.com/" + name);
        if (web2 != null) {
            HostileIriTest.assertValid(web2);
        }
    }
}
