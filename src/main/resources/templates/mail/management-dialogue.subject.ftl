[${reference}] Dialogue de gestion de la convention de ${structureName}<#if period gt 0> — bilan n° ${period}</#if>
