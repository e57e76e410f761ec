package org.presto.model.json;

import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets every model member also be read under the names clients really send: with a YANG module prefix (RFC 7951
 * qualifies a member whose module differs from its parent's, e.g. {@code nrp-interface:nrp-carrier-eth-uni-n-resource};
 * many clients qualify every member) and, in references, the TAPI 2.1 spelling {@code *-uuid} of the 2.0
 * {@code *-id} members. Output always uses the swagger's plain names.
 */
final class ModuleQualifiedNames extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    /** The modules of the MEF Presto NRP API, whose prefixes may qualify a member. */
    static final List<String> MODULES = List.of("tapi-common", "tapi-topology", "tapi-connectivity",
            "tapi-path-computation", "nrp-interface", "nrm-connectivity", "mef-common", "mef-common-types");

    @Override
    public List<PropertyName> findPropertyAliases(Annotated member) {
        List<PropertyName> declared = super.findPropertyAliases(member);
        PropertyName name = findNameForDeserialization(member);
        if (name == null || name.getSimpleName().isEmpty()) {
            return declared;
        }
        List<String> plain = new ArrayList<>(List.of(name.getSimpleName()));
        if (isReference(member) && name.getSimpleName().endsWith("-id")) {
            plain.add(name.getSimpleName().substring(0, name.getSimpleName().length() - 2) + "uuid");
        }
        List<PropertyName> aliases = new ArrayList<>(declared == null ? List.of() : declared);
        for (String simple : plain) {
            if (!simple.equals(name.getSimpleName())) {
                aliases.add(PropertyName.construct(simple));
            }
            for (String module : MODULES) {
                aliases.add(PropertyName.construct(module + ":" + simple));
            }
        }
        return aliases;
    }

    private static boolean isReference(Annotated member) {
        return member instanceof AnnotatedMember annotatedMember
                && annotatedMember.getDeclaringClass().getSimpleName().endsWith("Ref");
    }
}
