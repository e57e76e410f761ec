package org.presto.model.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YangModuleHeaderTest {

    @Test
    void readsNameRevisionAndNamespace() {
        YangModuleHeader nrp = YangModuleHeader.of(NrpModules.text("nrp-interface.yang"));
        assertEquals("nrp-interface", nrp.name());
        assertEquals("2018-03-21", nrp.revision());
        assertEquals("urn:mef:yang:nrp-interface", nrp.namespace());
        assertTrue(nrp.implemented(), "its augments make a server implement it");
        assertEquals(List.of(), nrp.deviates());
    }

    @Test
    void aModuleOfGroupingsAndTypesIsImportedOnly() {
        assertFalse(YangModuleHeader.of(NrpModules.text("mef-common-types.yang")).implemented());
        assertFalse(YangModuleHeader.of(NrpModules.text("nrm-connectivity.yang")).implemented());
        assertTrue(YangModuleHeader.of(NrpModules.text("tapi-common@2018-03-07.yang")).implemented());
    }

    @Test
    void theDeviationsChangeNodesOfNrpInterface() {
        YangModuleHeader deviations = YangModuleHeader.of(NrpModules.text(NrpModules.DEVIATIONS_FILE));
        assertEquals("presto-nrp-deviations", deviations.name());
        assertEquals(NrpModules.DEVIATIONS_FILE, deviations.name() + "@" + deviations.revision() + ".yang");
        assertTrue(deviations.implemented());
        // the deviated leaf-lists come from MEF's groupings but live in nrp-interface, whose augments use them
        assertEquals(List.of("nrp-interface"), deviations.deviates());
    }

    @Test
    void latestRevisionWhateverTheOrderAndNoneWithoutOne() {
        YangModuleHeader header = YangModuleHeader.of("""
                module m { namespace "urn:m"; prefix m;
                  revision 2020-01-01; revision "2021-06-30" { description "later"; } }""");
        assertEquals("2021-06-30", header.revision());
        assertFalse(header.implemented());
        assertNull(YangModuleHeader.of("module n { namespace urn:n; prefix n; leaf x { type string; } }").revision());
        assertThrows(IllegalArgumentException.class, () -> YangModuleHeader.of("submodule s { belongs-to m { "
                + "prefix m; } }"));
    }
}
