// Generated from templates/ by `npm run build`: do not edit.
/* eslint-disable */
export const builtInTemplates = {
  "email": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"featured"),"0"), "title", {"start":{"line":5,"column":55},"end":{"line":5,"column":71}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":5,"column":80},"end":{"line":5,"column":82}} )).call(alias2,lookupProperty(lookupProperty(depth0,"highlights"),"length"),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":5,"column":79},"end":{"line":5,"column":103}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":73},"end":{"line":5,"column":178}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " and "
    + ((stack1 = (lookupProperty(helpers,"plural")||alias1(depth0, "plural", {"start":{"line":5,"column":112},"end":{"line":5,"column":118}} )).call(alias2,(lookupProperty(helpers,"minus")||alias1(depth0, "minus", {"start":{"line":5,"column":120},"end":{"line":5,"column":125}} )).call(alias2,lookupProperty(lookupProperty(depth0,"highlights"),"length"),1,{"name":"minus","hash":{},"data":data,"loc":{"start":{"line":5,"column":119},"end":{"line":5,"column":146}}}),"more win","more wins",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":5,"column":110},"end":{"line":5,"column":171}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "what comes next";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"audience"),"highInfluence"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":87,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credits"),"length"),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":0},"end":{"line":91,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "In brief, "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"or")||alias2(depth0, "or", {"start":{"line":19,"column":7},"end":{"line":19,"column":9}} )).call(alias1,(lookupProperty(helpers,"any")||alias2(depth0, "any", {"start":{"line":19,"column":11},"end":{"line":19,"column":14}} )).call(alias1,lookupProperty(depth0,"featured"),"next",{"name":"any","hash":{},"data":data,"loc":{"start":{"line":19,"column":10},"end":{"line":19,"column":31}}}),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":19,"column":6},"end":{"line":19,"column":47}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":14,"column":4},"end":{"line":14,"column":12}} )).call(alias1,lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":20}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":20},"end":{"line":14,"column":55}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":14,"column":34},"end":{"line":14,"column":42}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":14,"column":32},"end":{"line":14,"column":48}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- And "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":17,"column":8},"end":{"line":17,"column":14}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"more win","more wins",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":17,"column":6},"end":{"line":17,"column":44}}})) != null ? stack1 : "")
    + "; happy to share the details.\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nNext: "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":6},"end":{"line":21,"column":70}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":70},"end":{"line":21,"column":130}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":24},"end":{"line":21,"column":61}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":21,"column":38},"end":{"line":21,"column":46}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":21,"column":36},"end":{"line":21,"column":53}}})) != null ? stack1 : "")
    + " ";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhere we stand:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Here is what we did "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ", why it matters and what comes next.\n\nWHAT WE DID\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":43,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"any")||container.strict(depth0, "any", {"start":{"line":47,"column":7},"end":{"line":47,"column":10}} )).call(alias1,lookupProperty(depth0,"featured"),"why",{"name":"any","hash":{},"data":data,"loc":{"start":{"line":47,"column":6},"end":{"line":47,"column":26}}}),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "")
    + "\nWHAT COMES NEXT\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":64,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"with","hash":{},"fn":container.program(26, data, 0),"inverse":container.program(30, data, 0),"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":78,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":86,"column":7}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":36,"column":4},"end":{"line":36,"column":12}} )).call(alias1,lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":36,"column":2},"end":{"line":36,"column":20}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":20},"end":{"line":36,"column":61}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":42,"column":7}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":36,"column":38},"end":{"line":36,"column":44}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":36,"column":36},"end":{"line":36,"column":53}}})) != null ? stack1 : "")
    + ")";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  "
    + ((stack1 = (((helper = lookupProperty(helpers,"what") || container.strict(depth0, "what", {"start":{"line":38,"column":4},"end":{"line":38,"column":8}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"what","hash":{},"data":data,"loc":{"start":{"line":38,"column":2},"end":{"line":38,"column":10}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  Evidence: "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":41,"column":14},"end":{"line":41,"column":22}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":41,"column":12},"end":{"line":41,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- And "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":45,"column":8},"end":{"line":45,"column":14}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"more win","more wins",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":45,"column":6},"end":{"line":45,"column":44}}})) != null ? stack1 : "")
    + " in the same period.\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWHY IT MATTERS\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":55,"column":9}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":54,"column":7}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":53,"column":4},"end":{"line":53,"column":12}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":53,"column":2},"end":{"line":53,"column":18}}})) != null ? stack1 : "")
    + "\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":63,"column":7}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":62,"column":4},"end":{"line":62,"column":12}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":62,"column":2},"end":{"line":62,"column":19}}})) != null ? stack1 : "")
    + "\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Next milestone: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":69,"column":7},"end":{"line":69,"column":9}} )).call(alias1,lookupProperty(depth0,"kind"),"goal-due",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":69,"column":6},"end":{"line":69,"column":26}}}),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":75,"column":7}}})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"next"),"touchpoints"),{"name":"each","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":74,"column":9}}})) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":0},"end":{"line":73,"column":7}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- You will hear from us next: "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"channel"), "name", {"start":{"line":72,"column":32},"end":{"line":72,"column":44}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":72,"column":50},"end":{"line":72,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":72,"column":48},"end":{"line":72,"column":61}}})) != null ? stack1 : "")
    + ".\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- This is the last update of "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":77,"column":31},"end":{"line":77,"column":40}} ), depth0)) != null ? stack1 : "")
    + ".\n";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWHERE WE STAND\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":85,"column":9}}})) != null ? stack1 : "");
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nThanks to "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":90,"column":12},"end":{"line":90,"column":16}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credits"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":90,"column":10},"end":{"line":90,"column":26}}})) != null ? stack1 : "")
    + " for making this happen.\n";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "There is nothing new to report "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":94,"column":0},"end":{"line":96,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"with","hash":{},"fn":container.program(35, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":97,"column":0},"end":{"line":105,"column":9}}})) != null ? stack1 : "");
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "What comes next: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":98,"column":7},"end":{"line":98,"column":9}} )).call(alias1,lookupProperty(depth0,"kind"),"goal-due",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":98,"column":6},"end":{"line":98,"column":26}}}),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":98,"column":0},"end":{"line":104,"column":7}}})) != null ? stack1 : "");
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"next"),"touchpoints"),{"name":"each","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":99,"column":0},"end":{"line":103,"column":9}}})) != null ? stack1 : "");
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(38, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":0},"end":{"line":102,"column":7}}})) != null ? stack1 : "");
},"38":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You will hear from us next: "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"channel"), "name", {"start":{"line":101,"column":30},"end":{"line":101,"column":42}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":101,"column":48},"end":{"line":101,"column":52}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":101,"column":46},"end":{"line":101,"column":59}}})) != null ? stack1 : "")
    + ".\n";
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":109,"column":2},"end":{"line":109,"column":10}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"feedback"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":109,"column":0},"end":{"line":109,"column":21}}})) != null ? stack1 : "")
    + "\n";
},"40":function(container,depth0,helpers,partials,data) {
    return "Questions or ideas? Just reply to this email.\n";
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "owner", {"start":{"line":116,"column":2},"end":{"line":116,"column":26}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":118,"column":2},"end":{"line":118,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Subject: "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":5,"column":11},"end":{"line":5,"column":34}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":5,"column":38},"end":{"line":5,"column":208}}})) != null ? stack1 : "")
    + "\n\nHello "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"audience"), "name", {"start":{"line":7,"column":8},"end":{"line":7,"column":21}} ), depth0)) != null ? stack1 : "")
    + ",\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(33, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":106,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(39, data, 0),"inverse":container.program(40, data, 0),"data":data,"loc":{"start":{"line":108,"column":0},"end":{"line":112,"column":7}}})) != null ? stack1 : "")
    + "\nBest regards,\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"),"owner"),{"name":"if","hash":{},"fn":container.program(41, data, 0),"inverse":container.program(42, data, 0),"data":data,"loc":{"start":{"line":115,"column":0},"end":{"line":119,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "slack": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":mega: *"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":3,"column":10},"end":{"line":3,"column":33}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"plural")||alias1(depth0, "plural", {"start":{"line":3,"column":39},"end":{"line":3,"column":45}} )).call(alias2,lookupProperty(lookupProperty(depth0,"highlights"),"length"),"win",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":3,"column":37},"end":{"line":3,"column":71}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "*\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"credits"),"length"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "• *"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":6,"column":5},"end":{"line":6,"column":10}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":12}}}) : helper))) != null ? stack1 : "")
    + "*"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":54}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":54},"end":{"line":6,"column":90}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":6,"column":31},"end":{"line":6,"column":37}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":6,"column":29},"end":{"line":6,"column":46}}})) != null ? stack1 : "")
    + ")";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ". "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":6,"column":69},"end":{"line":6,"column":77}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":6,"column":67},"end":{"line":6,"column":83}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "_Next:_ "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":8,"column":10},"end":{"line":8,"column":18}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":8,"column":8},"end":{"line":8,"column":25}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "• …and "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":12,"column":9},"end":{"line":12,"column":15}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"more win","more wins",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":12,"column":7},"end":{"line":12,"column":45}}})) != null ? stack1 : "")
    + ".\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n:raised_hands: Thanks to "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":16,"column":27},"end":{"line":16,"column":31}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credits"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":16,"column":25},"end":{"line":16,"column":41}}})) != null ? stack1 : "")
    + "!\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Where we stand*\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "• "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":calendar: *"
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":26,"column":14},"end":{"line":26,"column":37}} ), depth0)) != null ? stack1 : "")
    + ":* nothing new "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Next up: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":33,"column":3},"end":{"line":33,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":33,"column":1},"end":{"line":33,"column":13}}}) : helper))) != null ? stack1 : "")
    + "_\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "teams": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":3,"column":4},"end":{"line":3,"column":27}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"plural")||alias1(depth0, "plural", {"start":{"line":3,"column":33},"end":{"line":3,"column":39}} )).call(alias2,lookupProperty(lookupProperty(depth0,"highlights"),"length"),"win",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":3,"column":31},"end":{"line":3,"column":65}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"credits"),"length"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":6,"column":6},"end":{"line":6,"column":11}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":6,"column":13}}}) : helper))) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":56}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":56},"end":{"line":6,"column":92}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":92},"end":{"line":6,"column":137}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":6,"column":33},"end":{"line":6,"column":39}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":6,"column":31},"end":{"line":6,"column":48}}})) != null ? stack1 : "")
    + ")";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ". "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":6,"column":71},"end":{"line":6,"column":79}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":6,"column":69},"end":{"line":6,"column":85}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " *Next:* "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":6,"column":115},"end":{"line":6,"column":123}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":6,"column":113},"end":{"line":6,"column":130}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- …and "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":9,"column":9},"end":{"line":9,"column":15}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"more win","more wins",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":9,"column":7},"end":{"line":9,"column":45}}})) != null ? stack1 : "")
    + ".\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nThanks to "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":13,"column":12},"end":{"line":13,"column":16}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credits"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":13,"column":10},"end":{"line":13,"column":26}}})) != null ? stack1 : "")
    + "!\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Where we stand**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":24,"column":4},"end":{"line":24,"column":27}} ), depth0)) != null ? stack1 : "")
    + ":** nothing new "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Next up: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*"
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":31,"column":3},"end":{"line":31,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":31,"column":1},"end":{"line":31,"column":13}}}) : helper))) != null ? stack1 : "")
    + "*\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "meeting": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":4,"column":58},"end":{"line":4,"column":64}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"),"minutes"),"minute",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":4,"column":56},"end":{"line":4,"column":102}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Opening\n- "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":8,"column":4},"end":{"line":8,"column":10}} )).call(alias1,lookupProperty(lookupProperty(depth0,"highlights"),"length"),"win",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":36}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"featured"),"length"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":48},"end":{"line":8,"column":157}}})) != null ? stack1 : "")
    + ".\n\n## Talking points\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":29,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "")
    + "\n## Close\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":48,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":8,"column":73},"end":{"line":8,"column":150}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "the top "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"featured"), "length", {"start":{"line":8,"column":95},"end":{"line":8,"column":110}} ), depth0)) != null ? stack1 : "")
    + " today";
},"4":function(container,depth0,helpers,partials,data) {
    return "all of them today";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":13,"column":6},"end":{"line":13,"column":11}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":13,"column":4},"end":{"line":13,"column":13}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"fit"),"minutesEach"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":13},"end":{"line":13,"column":93}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":13,"column":46},"end":{"line":13,"column":52}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"fit"),"minutesEach"),"minute",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":13,"column":44},"end":{"line":13,"column":85}}})) != null ? stack1 : "")
    + ")";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **What we did:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"what") || container.strict(depth0, "what", {"start":{"line":15,"column":21},"end":{"line":15,"column":25}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"what","hash":{},"data":data,"loc":{"start":{"line":15,"column":19},"end":{"line":15,"column":27}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **The figure:** "
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":18,"column":20},"end":{"line":18,"column":26}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":18,"column":18},"end":{"line":18,"column":35}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Why it matters:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"why") || container.strict(depth0, "why", {"start":{"line":21,"column":24},"end":{"line":21,"column":27}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"why","hash":{},"data":data,"loc":{"start":{"line":21,"column":22},"end":{"line":21,"column":29}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Next:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"next") || container.strict(depth0, "next", {"start":{"line":24,"column":14},"end":{"line":24,"column":18}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"next","hash":{},"data":data,"loc":{"start":{"line":24,"column":12},"end":{"line":24,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Credit:** "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":27,"column":16},"end":{"line":27,"column":20}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":27,"column":14},"end":{"line":27,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Not in this slot:* "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":32,"column":22},"end":{"line":32,"column":28}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"more win","more wins",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":32,"column":20},"end":{"line":32,"column":58}}})) != null ? stack1 : "")
    + "; share them in writing afterwards.\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Next milestone: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Ask: "
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":45,"column":9},"end":{"line":45,"column":17}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":45,"column":7},"end":{"line":45,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"17":function(container,depth0,helpers,partials,data) {
    return "- Ask: what would you like to hear more about?\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Nothing new "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ": keep it to one minute, or give the slot back.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":59,"column":7}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Talking points: "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":2,"column":20},"end":{"line":2,"column":43}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":4,"column":2},"end":{"line":4,"column":6}} )).call(alias3,lookupProperty(depth0,"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":19}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"),"minutes"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":19},"end":{"line":4,"column":109}}})) != null ? stack1 : "")
    + " · for "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"audience"), "name", {"start":{"line":4,"column":118},"end":{"line":4,"column":131}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":60,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "one-on-one": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"featured"),"0"),{"name":"with","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":37,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Success story: "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":4,"column":19},"end":{"line":4,"column":24}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":4,"column":17},"end":{"line":4,"column":26}}}) : helper))) != null ? stack1 : "")
    + "\n\nFor "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"audience"), "name", {"start":{"line":6,"column":6},"end":{"line":6,"column":25}} ), depth0)) != null ? stack1 : "")
    + " · "
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":6,"column":32},"end":{"line":6,"column":36}} )).call(alias2,lookupProperty(lookupProperty(data,"root"),"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":6,"column":30},"end":{"line":6,"column":55}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**What happened.** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":9,"column":21},"end":{"line":9,"column":29}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":9,"column":19},"end":{"line":9,"column":36}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**What happened.** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":11,"column":21},"end":{"line":11,"column":29}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":11,"column":19},"end":{"line":11,"column":37}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Why it matters.** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":15,"column":22},"end":{"line":15,"column":30}} )).call(alias1,lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":15,"column":20},"end":{"line":15,"column":36}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":36},"end":{"line":15,"column":166}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " It counts towards "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":15,"column":82},"end":{"line":15,"column":84}} )).call(alias2,lookupProperty(lookupProperty(depth0,"goals"),"length"),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":15,"column":81},"end":{"line":15,"column":100}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":15,"column":75},"end":{"line":15,"column":134}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"list")||alias1(depth0, "list", {"start":{"line":15,"column":138},"end":{"line":15,"column":142}} )).call(alias2,lookupProperty(depth0,"goals"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":15,"column":136},"end":{"line":15,"column":158}}})) != null ? stack1 : "")
    + ".";
},"6":function(container,depth0,helpers,partials,data) {
    return "our goals";
},"7":function(container,depth0,helpers,partials,data) {
    return "our goal";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Why it matters.** It counts towards "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":18,"column":45},"end":{"line":18,"column":47}} )).call(alias2,lookupProperty(lookupProperty(depth0,"goals"),"length"),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":18,"column":44},"end":{"line":18,"column":63}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":18,"column":38},"end":{"line":18,"column":97}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"list")||alias1(depth0, "list", {"start":{"line":18,"column":101},"end":{"line":18,"column":105}} )).call(alias2,lookupProperty(depth0,"goals"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":18,"column":99},"end":{"line":18,"column":121}}})) != null ? stack1 : "")
    + ".\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**The proof.** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||alias1(depth0, "sentence", {"start":{"line":23,"column":17},"end":{"line":23,"column":25}} )).call(alias2,(lookupProperty(helpers,"metric")||alias1(depth0, "metric", {"start":{"line":23,"column":27},"end":{"line":23,"column":33}} )).call(alias2,lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":23,"column":26},"end":{"line":23,"column":41}}}),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":23,"column":15},"end":{"line":23,"column":43}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":43},"end":{"line":23,"column":87}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Source: "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":23,"column":70},"end":{"line":23,"column":78}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":23,"column":68},"end":{"line":23,"column":80}}}) : helper))) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**The proof.** See "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":26,"column":21},"end":{"line":26,"column":29}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":26,"column":19},"end":{"line":26,"column":31}}}) : helper))) != null ? stack1 : "")
    + ".\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**What comes next.** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":31,"column":23},"end":{"line":31,"column":31}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":31,"column":21},"end":{"line":31,"column":38}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Who to thank.** "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":35,"column":20},"end":{"line":35,"column":24}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":35,"column":18},"end":{"line":35,"column":33}}})) != null ? stack1 : "")
    + ".\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nIf there is time: "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":40,"column":20},"end":{"line":40,"column":26}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"more win","more wins",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":40,"column":18},"end":{"line":40,"column":56}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":43,"column":4},"end":{"line":43,"column":27}} ), depth0)) != null ? stack1 : "")
    + "\n\nFor "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"audience"), "name", {"start":{"line":45,"column":6},"end":{"line":45,"column":19}} ), depth0)) != null ? stack1 : "")
    + " · "
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":45,"column":26},"end":{"line":45,"column":30}} )).call(alias3,lookupProperty(depth0,"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":45,"column":24},"end":{"line":45,"column":43}}})) != null ? stack1 : "")
    + "\n\nNo new success story "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ". Use the time to ask what they need to hear from us.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":51,"column":7}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**What comes next.** "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Feedback:* "
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":55,"column":14},"end":{"line":55,"column":22}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":55,"column":12},"end":{"line":55,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":52,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "hallway": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"featured"),"0"),{"name":"with","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":6,"column":2},"end":{"line":6,"column":10}} )).call(alias1,lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":18}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":6,"column":19},"end":{"line":6,"column":233}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":6,"column":234},"end":{"line":6,"column":387}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":6,"column":32},"end":{"line":6,"column":40}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":6,"column":30},"end":{"line":6,"column":46}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":6,"column":54},"end":{"line":6,"column":226}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "It moves \""
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"goals"),"0"), "title", {"start":{"line":6,"column":86},"end":{"line":6,"column":99}} ), depth0)) != null ? stack1 : "")
    + "\" forward.";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":6,"column":119},"end":{"line":6,"column":219}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "In numbers: "
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":6,"column":147},"end":{"line":6,"column":153}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":6,"column":145},"end":{"line":6,"column":162}}})) != null ? stack1 : "")
    + ".";
},"7":function(container,depth0,helpers,partials,data) {
    return "It is the kind of result we want more of.";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":6,"column":248},"end":{"line":6,"column":256}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":6,"column":246},"end":{"line":6,"column":263}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":6,"column":271},"end":{"line":6,"column":380}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Next: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(lookupProperty(data,"root"),"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".";
},"11":function(container,depth0,helpers,partials,data) {
    return "Ask me for the details.";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"goals"),"0"),{"name":"with","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We are working on \""
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":11,"column":21},"end":{"line":11,"column":26}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":11,"column":19},"end":{"line":11,"column":28}}}) : helper))) != null ? stack1 : "")
    + "\". "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"latest"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":11,"column":31},"end":{"line":11,"column":257}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":11,"column":258},"end":{"line":11,"column":368}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We are at "
    + ((stack1 = (lookupProperty(helpers,"quantity")||container.strict(depth0, "quantity", {"start":{"line":11,"column":57},"end":{"line":11,"column":65}} )).call(alias1,lookupProperty(lookupProperty(depth0,"latest"),"value"),lookupProperty(depth0,"unit"),{"name":"quantity","hash":{},"data":data,"loc":{"start":{"line":11,"column":55},"end":{"line":11,"column":85}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"target"),{"name":"if","hash":{"includeZero":true},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":85},"end":{"line":11,"column":160}}})) != null ? stack1 : "")
    + ".";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", aiming for "
    + ((stack1 = (lookupProperty(helpers,"quantity")||container.strict(depth0, "quantity", {"start":{"line":11,"column":131},"end":{"line":11,"column":139}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"target"),lookupProperty(depth0,"unit"),{"name":"quantity","hash":{},"data":data,"loc":{"start":{"line":11,"column":129},"end":{"line":11,"column":153}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":11,"column":169},"end":{"line":11,"column":250}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "It matters for "
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"audience"), "name", {"start":{"line":11,"column":221},"end":{"line":11,"column":240}} ), depth0)) != null ? stack1 : "")
    + ".";
},"19":function(container,depth0,helpers,partials,data) {
    return "Ask me how you can help.";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Nothing new "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ". "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"plan"),"summary"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":14,"column":25},"end":{"line":14,"column":117}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":14,"column":118},"end":{"line":14,"column":216}}})) != null ? stack1 : "")
    + "\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":14,"column":47},"end":{"line":14,"column":55}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"plan"),"summary"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":14,"column":45},"end":{"line":14,"column":70}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We are working on "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":14,"column":98},"end":{"line":14,"column":107}} ), depth0)) != null ? stack1 : "")
    + ".";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Next: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Hallway pitch for "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"audience"), "name", {"start":{"line":2,"column":22},"end":{"line":2,"column":35}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "podcast": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · host: "
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "owner", {"start":{"line":4,"column":86},"end":{"line":4,"column":110}} ), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Welcome. "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":8,"column":13},"end":{"line":8,"column":19}} )).call(alias1,lookupProperty(lookupProperty(depth0,"highlights"),"length"),"story","stories",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":8,"column":11},"end":{"line":8,"column":57}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":69},"end":{"line":8,"column":124}}})) != null ? stack1 : "")
    + ".\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", the best "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"featured"), "length", {"start":{"line":8,"column":94},"end":{"line":8,"column":109}} ), depth0)) != null ? stack1 : "")
    + " today";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Welcome. No new wins "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ": this episode is about where we stand and what comes next.\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Segment "
    + ((stack1 = (lookupProperty(helpers,"inc")||alias1(depth0, "inc", {"start":{"line":14,"column":13},"end":{"line":14,"column":16}} )).call(alias2,lookupProperty(data,"index"),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":14,"column":11},"end":{"line":14,"column":25}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":14,"column":29},"end":{"line":14,"column":34}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":14,"column":27},"end":{"line":14,"column":36}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Guests: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":16,"column":12},"end":{"line":16,"column":16}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":16,"column":10},"end":{"line":16,"column":25}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- What happened: "
    + ((stack1 = (((helper = lookupProperty(helpers,"what") || container.strict(depth0, "what", {"start":{"line":19,"column":19},"end":{"line":19,"column":23}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"what","hash":{},"data":data,"loc":{"start":{"line":19,"column":17},"end":{"line":19,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- The number to say out loud: "
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":22,"column":32},"end":{"line":22,"column":38}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":22,"column":30},"end":{"line":22,"column":47}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Why it matters: "
    + ((stack1 = (((helper = lookupProperty(helpers,"why") || container.strict(depth0, "why", {"start":{"line":25,"column":20},"end":{"line":25,"column":23}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"why","hash":{},"data":data,"loc":{"start":{"line":25,"column":18},"end":{"line":25,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- What comes next: "
    + ((stack1 = (((helper = lookupProperty(helpers,"next") || container.strict(depth0, "next", {"start":{"line":28,"column":21},"end":{"line":28,"column":25}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"next","hash":{},"data":data,"loc":{"start":{"line":28,"column":19},"end":{"line":28,"column":27}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Where we stand\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":9}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Coming up: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- How to reach us: "
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":44,"column":21},"end":{"line":44,"column":29}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":44,"column":19},"end":{"line":44,"column":31}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    return "- Ask listeners which story they want to hear next.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":2,"column":4},"end":{"line":2,"column":27}} ), depth0)) != null ? stack1 : "")
    + ": episode outline\n\n"
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":4,"column":2},"end":{"line":4,"column":6}} )).call(alias3,lookupProperty(depth0,"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":19}}})) != null ? stack1 : "")
    + " · for "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"audience"), "name", {"start":{"line":4,"column":28},"end":{"line":4,"column":41}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"),"owner"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":43},"end":{"line":4,"column":119}}})) != null ? stack1 : "")
    + "\n\n## Intro\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":30,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + "\n## Outro\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":42,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":47,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "newsletter": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":7,"column":2},"end":{"line":7,"column":8}} )).call(alias1,lookupProperty(lookupProperty(depth0,"highlights"),"length"),"win",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":34}}})) != null ? stack1 : "")
    + " worth knowing about, "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ": what we did, why it matters and what comes next.\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":10,"column":5},"end":{"line":10,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":10,"column":3},"end":{"line":10,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"highlight-article"),depth0,{"name":"highlight-article","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "No new wins to report "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ". Here is where we stand and what comes next.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Where we stand\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Coming up\n\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"with","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"touchpoints"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":9}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":30,"column":7},"end":{"line":30,"column":9}} )).call(alias1,lookupProperty(depth0,"kind"),"goal-due",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":30,"column":6},"end":{"line":30,"column":26}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),depth0,{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"channel"), "name", {"start":{"line":35,"column":4},"end":{"line":35,"column":16}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":35,"column":22},"end":{"line":35,"column":26}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":35,"column":20},"end":{"line":35,"column":33}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Tell us what you think:* "
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":40,"column":28},"end":{"line":40,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":40,"column":26},"end":{"line":40,"column":38}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":2,"column":4},"end":{"line":2,"column":27}} ), depth0)) != null ? stack1 : "")
    + "\n\n*"
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":4,"column":3},"end":{"line":4,"column":7}} )).call(alias3,lookupProperty(lookupProperty(depth0,"touchpoint"),"date"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":4,"column":1},"end":{"line":4,"column":34}}})) != null ? stack1 : "")
    + " · for "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"audience"), "name", {"start":{"line":4,"column":43},"end":{"line":4,"column":56}} ), depth0)) != null ? stack1 : "")
    + "*\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,(lookupProperty(helpers,"or")||alias1(depth0, "or", {"start":{"line":25,"column":7},"end":{"line":25,"column":9}} )).call(alias3,lookupProperty(lookupProperty(depth0,"next"),"milestone"),lookupProperty(lookupProperty(lookupProperty(depth0,"next"),"touchpoints"),"length"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":25,"column":6},"end":{"line":25,"column":49}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "intranet": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"featured"),"0"), "title", {"start":{"line":2,"column":19},"end":{"line":2,"column":35}} ), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":2,"column":47},"end":{"line":2,"column":56}} ), depth0)) != null ? stack1 : "")
    + ": where we stand";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":5,"column":4},"end":{"line":5,"column":8}} )).call(alias2,lookupProperty(lookupProperty(depth0,"touchpoint"),"date"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":5,"column":35}}})) != null ? stack1 : "")
    + ".** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"plan"),"summary"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":39},"end":{"line":5,"column":92}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"plural")||alias1(depth0, "plural", {"start":{"line":5,"column":94},"end":{"line":5,"column":100}} )).call(alias2,lookupProperty(lookupProperty(depth0,"highlights"),"length"),"result",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":5,"column":92},"end":{"line":5,"column":129}}})) != null ? stack1 : "")
    + " for "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"audience"), "name", {"start":{"line":5,"column":136},"end":{"line":5,"column":149}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":5,"column":61},"end":{"line":5,"column":69}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"plan"),"summary"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":5,"column":59},"end":{"line":5,"column":84}}})) != null ? stack1 : "")
    + " ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":8,"column":5},"end":{"line":8,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":8,"column":3},"end":{"line":8,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"highlight-article"),depth0,{"name":"highlight-article","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":13,"column":4},"end":{"line":13,"column":8}} )).call(alias1,lookupProperty(lookupProperty(depth0,"touchpoint"),"date"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":35}}})) != null ? stack1 : "")
    + ".** No new results "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"plan"),"summary"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":66},"end":{"line":13,"column":119}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":13,"column":89},"end":{"line":13,"column":97}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"plan"),"summary"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":13,"column":87},"end":{"line":13,"column":112}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Progress\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## What comes next\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Questions and feedback:* "
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":31,"column":28},"end":{"line":31,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":31,"column":26},"end":{"line":31,"column":38}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":81}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "other": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "What was done "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"any")||container.strict(depth0, "any", {"start":{"line":9,"column":7},"end":{"line":9,"column":10}} )).call(alias1,lookupProperty(depth0,"featured"),"why",{"name":"any","hash":{},"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":26}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":7,"column":4},"end":{"line":7,"column":12}} )).call(alias1,lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":20}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":61}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":61},"end":{"line":7,"column":98}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":7,"column":38},"end":{"line":7,"column":44}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":7,"column":36},"end":{"line":7,"column":53}}})) != null ? stack1 : "")
    + ")";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":7,"column":76},"end":{"line":7,"column":84}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":7,"column":74},"end":{"line":7,"column":91}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhy it matters:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":14,"column":4},"end":{"line":14,"column":12}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":18}}})) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Nothing new "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"since"),depth0,{"name":"since","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhat comes next:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":26,"column":4},"end":{"line":26,"column":12}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":26,"column":2},"end":{"line":26,"column":19}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"milestone"),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"milestone","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhere we stand:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":38,"column":9}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nThanks to "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":42,"column":12},"end":{"line":42,"column":16}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credits"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":42,"column":10},"end":{"line":42,"column":26}}})) != null ? stack1 : "")
    + ".\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nFeedback: "
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":46,"column":12},"end":{"line":46,"column":20}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":46,"column":10},"end":{"line":46,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":2,"column":2},"end":{"line":2,"column":25}} ), depth0)) != null ? stack1 : "")
    + ": update for "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"audience"), "name", {"start":{"line":2,"column":42},"end":{"line":2,"column":55}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":2,"column":61},"end":{"line":2,"column":65}} )).call(alias3,lookupProperty(lookupProperty(depth0,"touchpoint"),"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":59},"end":{"line":2,"column":83}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"hasNews"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,(lookupProperty(helpers,"or")||alias1(depth0, "or", {"start":{"line":21,"column":7},"end":{"line":21,"column":9}} )).call(alias3,(lookupProperty(helpers,"any")||alias1(depth0, "any", {"start":{"line":21,"column":11},"end":{"line":21,"column":14}} )).call(alias3,lookupProperty(depth0,"featured"),"next",{"name":"any","hash":{},"data":data,"loc":{"start":{"line":21,"column":10},"end":{"line":21,"column":31}}}),lookupProperty(lookupProperty(depth0,"next"),"milestone"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":21,"column":6},"end":{"line":21,"column":47}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"credits"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":47,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "recognition": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**What you did:** "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"highlight"), "what", {"start":{"line":9,"column":20},"end":{"line":9,"column":34}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**The result:** "
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":13,"column":18},"end":{"line":13,"column":24}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"highlight"),"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":13,"column":16},"end":{"line":13,"column":43}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Why it matters:** "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"highlight"), "why", {"start":{"line":17,"column":22},"end":{"line":17,"column":35}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**The goals it moves:**\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"goal-status"),depth0,{"name":"goal-status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "names";
},"6":function(container,depth0,helpers,partials,data) {
    return "name";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "owner", {"start":{"line":31,"column":2},"end":{"line":31,"column":12}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":33,"column":6},"end":{"line":33,"column":15}} ), depth0)) != null ? stack1 : "")
    + " team\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Thank you, "
    + ((stack1 = (lookupProperty(helpers,"list")||alias1(depth0, "list", {"start":{"line":2,"column":15},"end":{"line":2,"column":19}} )).call(alias2,lookupProperty(depth0,"people"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":2,"column":13},"end":{"line":2,"column":28}}})) != null ? stack1 : "")
    + "\n\nDear "
    + ((stack1 = (lookupProperty(helpers,"list")||alias1(depth0, "list", {"start":{"line":4,"column":7},"end":{"line":4,"column":11}} )).call(alias2,lookupProperty(depth0,"people"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":4,"column":5},"end":{"line":4,"column":20}}})) != null ? stack1 : "")
    + ",\n\nThank you for your part in \""
    + ((stack1 = alias3(alias1(lookupProperty(depth0,"highlight"), "title", {"start":{"line":6,"column":30},"end":{"line":6,"column":45}} ), depth0)) != null ? stack1 : "")
    + "\" ("
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":6,"column":52},"end":{"line":6,"column":56}} )).call(alias2,lookupProperty(lookupProperty(depth0,"highlight"),"date"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":6,"column":50},"end":{"line":6,"column":82}}})) != null ? stack1 : "")
    + ").\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"highlight"),"what"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"highlight"),"metric"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"highlight"),"why"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + "\nWe are telling "
    + ((stack1 = (lookupProperty(helpers,"list")||alias1(depth0, "list", {"start":{"line":27,"column":17},"end":{"line":27,"column":21}} )).call(alias2,lookupProperty(depth0,"audiences"),"name",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":27,"column":15},"end":{"line":27,"column":40}}})) != null ? stack1 : "")
    + " about it in "
    + ((stack1 = alias3(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":27,"column":55},"end":{"line":27,"column":78}} ), depth0)) != null ? stack1 : "")
    + " on "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":27,"column":86},"end":{"line":27,"column":90}} )).call(alias2,lookupProperty(lookupProperty(depth0,"touchpoint"),"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":27,"column":84},"end":{"line":27,"column":108}}})) != null ? stack1 : "")
    + ", with your "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":27,"column":127},"end":{"line":27,"column":129}} )).call(alias2,lookupProperty(lookupProperty(depth0,"people"),"length"),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":27,"column":126},"end":{"line":27,"column":146}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":27,"column":120},"end":{"line":27,"column":172}}})) != null ? stack1 : "")
    + ", so the people who decide know who made it happen.\n\nWith thanks,\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"plan"),"owner"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
export const builtInPartials = {
  "goal-status": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"quantity")||alias1(depth0, "quantity", {"start":{"line":1,"column":27},"end":{"line":1,"column":35}} )).call(alias2,lookupProperty(lookupProperty(depth0,"latest"),"value"),lookupProperty(depth0,"unit"),{"name":"quantity","hash":{},"data":data,"loc":{"start":{"line":1,"column":25},"end":{"line":1,"column":55}}})) != null ? stack1 : "")
    + " as of "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":1,"column":64},"end":{"line":1,"column":68}} )).call(alias2,lookupProperty(lookupProperty(depth0,"latest"),"date"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":62},"end":{"line":1,"column":91}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "no measurement yet";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", aiming for "
    + ((stack1 = (lookupProperty(helpers,"quantity")||container.strict(depth0, "quantity", {"start":{"line":1,"column":170},"end":{"line":1,"column":178}} )).call(alias1,lookupProperty(depth0,"target"),lookupProperty(depth0,"unit"),{"name":"quantity","hash":{},"data":data,"loc":{"start":{"line":1,"column":168},"end":{"line":1,"column":192}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"due"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":192},"end":{"line":1,"column":235}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " by "
    + ((stack1 = (lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":1,"column":209},"end":{"line":1,"column":213}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"due"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":207},"end":{"line":1,"column":228}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"due"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":243},"end":{"line":1,"column":288}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", due "
    + ((stack1 = (lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":1,"column":262},"end":{"line":1,"column":266}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"due"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":260},"end":{"line":1,"column":281}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"percent")||container.strict(depth0, "percent", {"start":{"line":1,"column":332},"end":{"line":1,"column":339}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"progress"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":1,"column":330},"end":{"line":1,"column":350}}})) != null ? stack1 : "")
    + " of the way)";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":1,"column":2},"end":{"line":1,"column":7}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":9}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"latest"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":11},"end":{"line":1,"column":124}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"target"),{"name":"if","hash":{"includeZero":true},"fn":container.program(2, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":1,"column":124},"end":{"line":1,"column":295}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"progress"),{"name":"if","hash":{"includeZero":true},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":295},"end":{"line":1,"column":369}}})) != null ? stack1 : "");
},"useData":true},
  "highlight-article": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":2,"column":2},"end":{"line":2,"column":10}} )).call(alias1,lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":17}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":17},"end":{"line":2,"column":52}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":2,"column":31},"end":{"line":2,"column":39}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":2,"column":29},"end":{"line":2,"column":45}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":5,"column":2},"end":{"line":5,"column":10}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**In numbers:** "
    + ((stack1 = (lookupProperty(helpers,"metric")||container.strict(depth0, "metric", {"start":{"line":10,"column":18},"end":{"line":10,"column":24}} )).call(alias1,lookupProperty(depth0,"metric"),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":10,"column":16},"end":{"line":10,"column":33}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":33},"end":{"line":10,"column":79}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (source: "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":10,"column":61},"end":{"line":10,"column":69}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":10,"column":59},"end":{"line":10,"column":71}}}) : helper))) != null ? stack1 : "")
    + ")";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Source:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":14,"column":14},"end":{"line":14,"column":22}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":14,"column":12},"end":{"line":14,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**What comes next:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"next") || container.strict(depth0, "next", {"start":{"line":19,"column":23},"end":{"line":19,"column":27}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"next","hash":{},"data":data,"loc":{"start":{"line":19,"column":21},"end":{"line":19,"column":29}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Thanks to** "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":23,"column":16},"end":{"line":23,"column":20}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":23,"column":14},"end":{"line":23,"column":29}}})) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"metric"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "milestone": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\""
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":1,"column":31},"end":{"line":1,"column":36}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":38}}}) : helper))) != null ? stack1 : "")
    + "\" is due on "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":1,"column":52},"end":{"line":1,"column":56}} )).call(alias2,lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":50},"end":{"line":1,"column":63}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "the next update is "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":1,"column":92},"end":{"line":1,"column":97}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":1,"column":90},"end":{"line":1,"column":99}}}) : helper))) != null ? stack1 : "")
    + ", "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":1,"column":103},"end":{"line":1,"column":107}} )).call(alias2,lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":101},"end":{"line":1,"column":114}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":7},"end":{"line":1,"column":9}} )).call(alias1,lookupProperty(depth0,"kind"),"goal-due",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":26}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":121}}})) != null ? stack1 : "");
},"useData":true},
  "since": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "since the last update on "
    + ((stack1 = (lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":1,"column":50},"end":{"line":1,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"period"),"previous"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":48},"end":{"line":1,"column":81}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "since "
    + ((stack1 = (lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":1,"column":97},"end":{"line":1,"column":101}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"period"),"from"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":95},"end":{"line":1,"column":124}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"period"),"previous"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":131}}})) != null ? stack1 : "");
},"useData":true},
};
