// Generated from templates/ by `npm run build`: do not edit.
/* eslint-disable */
export const builtInTemplates = {
  "email": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":12,"column":7},"end":{"line":12,"column":9}} )).call(alias1,lookupProperty(depth0,"mode"),"status",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":12,"column":6},"end":{"line":12,"column":24}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"more"),"length"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"short"),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":33,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"alreadyShared"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tracked"),"length"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"nextSteps"),"length"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":53,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"comingUp"),"length"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":60,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Where "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":13,"column":8},"end":{"line":13,"column":17}} ), depth0)) != null ? stack1 : "")
    + " stands, and what comes next.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":17,"column":2},"end":{"line":17,"column":10}} )).call(alias1,lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":17,"column":18}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":18},"end":{"line":17,"column":63}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(data,"root"),"short"),{"name":"unless","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":63},"end":{"line":17,"column":134}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":134},"end":{"line":17,"column":169}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":169},"end":{"line":17,"column":229}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(data,"root"),"short"),{"name":"unless","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":22,"column":11}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " In numbers: "
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":17,"column":47},"end":{"line":17,"column":53}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":17,"column":45},"end":{"line":17,"column":55}}}) : helper))) != null ? stack1 : "")
    + ".";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":86},"end":{"line":17,"column":123}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":17,"column":101},"end":{"line":17,"column":109}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":17,"column":99},"end":{"line":17,"column":116}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":17,"column":148},"end":{"line":17,"column":156}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":17,"column":146},"end":{"line":17,"column":162}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Credit goes to "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":17,"column":208},"end":{"line":17,"column":212}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":17,"column":206},"end":{"line":17,"column":221}}})) != null ? stack1 : "")
    + ".";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Evidence: "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":20,"column":12},"end":{"line":20,"column":20}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":20,"column":10},"end":{"line":20,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nAlso new: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":26,"column":12},"end":{"line":26,"column":16}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":26,"column":10},"end":{"line":26,"column":31}}})) != null ? stack1 : "")
    + ".\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"reminders"),"length"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nIn case you missed it: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":31,"column":25},"end":{"line":31,"column":29}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reminders"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":31,"column":23},"end":{"line":31,"column":49}}})) != null ? stack1 : "")
    + ".\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"alreadyShared"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":38,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"plan") || alias1(depth0, "plan", {"start":{"line":37,"column":2},"end":{"line":37,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"plan","hash":{},"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":37,"column":8}}}) : helper))) != null ? stack1 : "")
    + " already shared “"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":37,"column":27},"end":{"line":37,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":37,"column":25},"end":{"line":37,"column":34}}}) : helper))) != null ? stack1 : "")
    + "” on "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":37,"column":41},"end":{"line":37,"column":45}} )).call(alias2,lookupProperty(depth0,"date"),"weekday",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":37,"column":39},"end":{"line":37,"column":67}}})) != null ? stack1 : "")
    + ".\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhere we stand:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":45,"column":9}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":44,"column":4},"end":{"line":44,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":44,"column":2},"end":{"line":44,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhat comes next:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"nextSteps"),{"name":"each","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":52,"column":9}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nComing up:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"comingUp"),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":59,"column":9}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"coming-up"),depth0,{"name":"coming-up","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nOur ask: "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":64,"column":11},"end":{"line":64,"column":19}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":64,"column":9},"end":{"line":64,"column":25}}})) != null ? stack1 : "")
    + "\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":68,"column":2},"end":{"line":68,"column":10}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"feedback"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":68,"column":21}}})) != null ? stack1 : "")
    + "\n";
},"24":function(container,depth0,helpers,partials,data) {
    return "Questions or ideas? Reply to this email.\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nBest regards,\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"sender") || container.strict(depth0, "sender", {"start":{"line":75,"column":2},"end":{"line":75,"column":8}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"sender","hash":{},"data":data,"loc":{"start":{"line":75,"column":0},"end":{"line":75,"column":10}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Subject: "
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":5,"column":11},"end":{"line":5,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":21}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"greeting") || alias1(depth0, "greeting", {"start":{"line":7,"column":2},"end":{"line":7,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"greeting","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":9,"column":7},"end":{"line":9,"column":9}} )).call(alias2,lookupProperty(depth0,"mode"),"introduce",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":27}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":61,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":65,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":67,"column":0},"end":{"line":71,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"sender"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":72,"column":0},"end":{"line":76,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "slack": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":wave: *"
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || container.strict(depth0, "headline", {"start":{"line":3,"column":10},"end":{"line":3,"column":18}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":3,"column":8},"end":{"line":3,"column":20}}}) : helper))) != null ? stack1 : "")
    + "*\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":mega: *"
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || container.strict(depth0, "headline", {"start":{"line":7,"column":10},"end":{"line":7,"column":18}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":7,"column":8},"end":{"line":7,"column":20}}}) : helper))) != null ? stack1 : "")
    + "*\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(depth0,"lead"),{"name":"with","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"more"),"length"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tracked"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":41}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":41},"end":{"line":9,"column":75}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":75},"end":{"line":9,"column":130}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"capital")||container.strict(depth0, "capital", {"start":{"line":9,"column":16},"end":{"line":9,"column":23}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"figure"),{"name":"capital","hash":{},"data":data,"loc":{"start":{"line":9,"column":14},"end":{"line":9,"column":32}}})) != null ? stack1 : "")
    + ". ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":9,"column":54},"end":{"line":9,"column":62}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":9,"column":52},"end":{"line":9,"column":68}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Thanks to "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":9,"column":109},"end":{"line":9,"column":113}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":9,"column":107},"end":{"line":9,"column":122}}})) != null ? stack1 : "")
    + "!";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "_Next:_ "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","hash":{"by":lookupProperty(depth0,"nextBy"),"text":lookupProperty(depth0,"next")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":11}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "• *"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":16,"column":5},"end":{"line":16,"column":10}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":16,"column":3},"end":{"line":16,"column":12}}}) : helper))) != null ? stack1 : "")
    + "*"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":13},"end":{"line":16,"column":47}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":47},"end":{"line":16,"column":83}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":16,"column":31},"end":{"line":16,"column":37}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":16,"column":29},"end":{"line":16,"column":39}}}) : helper))) != null ? stack1 : "")
    + ")";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":16,"column":62},"end":{"line":16,"column":70}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":16,"column":60},"end":{"line":16,"column":76}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "• Also new: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":20,"column":14},"end":{"line":20,"column":18}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":20,"column":12},"end":{"line":20,"column":33}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Where we stand*\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":9}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "• "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":26,"column":4},"end":{"line":26,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":26,"column":2},"end":{"line":26,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Ask:* "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":32,"column":9},"end":{"line":32,"column":17}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":32,"column":7},"end":{"line":32,"column":23}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":36,"column":3},"end":{"line":36,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":36,"column":1},"end":{"line":36,"column":13}}}) : helper))) != null ? stack1 : "")
    + "_\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":2,"column":7},"end":{"line":2,"column":9}} )).call(alias1,lookupProperty(depth0,"mode"),"introduce",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":2,"column":6},"end":{"line":2,"column":27}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "teams": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || container.strict(depth0, "headline", {"start":{"line":3,"column":4},"end":{"line":3,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":14}}}) : helper))) != null ? stack1 : "")
    + "**\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || container.strict(depth0, "headline", {"start":{"line":7,"column":4},"end":{"line":7,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":14}}}) : helper))) != null ? stack1 : "")
    + "**\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(depth0,"lead"),{"name":"with","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"more"),"length"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tracked"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":41}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":41},"end":{"line":10,"column":75}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":75},"end":{"line":10,"column":130}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"capital")||container.strict(depth0, "capital", {"start":{"line":10,"column":16},"end":{"line":10,"column":23}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"figure"),{"name":"capital","hash":{},"data":data,"loc":{"start":{"line":10,"column":14},"end":{"line":10,"column":32}}})) != null ? stack1 : "")
    + ". ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":10,"column":54},"end":{"line":10,"column":62}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":10,"column":52},"end":{"line":10,"column":68}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Thanks to "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":10,"column":109},"end":{"line":10,"column":113}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":10,"column":107},"end":{"line":10,"column":122}}})) != null ? stack1 : "")
    + "!";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Next:* "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","hash":{"by":lookupProperty(depth0,"nextBy"),"text":lookupProperty(depth0,"next")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":11}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":18,"column":6},"end":{"line":18,"column":11}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":18,"column":4},"end":{"line":18,"column":13}}}) : helper))) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":15},"end":{"line":18,"column":49}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":49},"end":{"line":18,"column":85}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":18,"column":33},"end":{"line":18,"column":39}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":18,"column":31},"end":{"line":18,"column":41}}}) : helper))) != null ? stack1 : "")
    + ")";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":18,"column":64},"end":{"line":18,"column":72}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":18,"column":62},"end":{"line":18,"column":78}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Also new: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":22,"column":14},"end":{"line":22,"column":18}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":22,"column":12},"end":{"line":22,"column":33}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Where we stand**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":9}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":29,"column":4},"end":{"line":29,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":29,"column":2},"end":{"line":29,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Ask:** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":35,"column":11},"end":{"line":35,"column":19}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":35,"column":9},"end":{"line":35,"column":25}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*"
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":39,"column":3},"end":{"line":39,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":39,"column":1},"end":{"line":39,"column":13}}}) : helper))) != null ? stack1 : "")
    + "*\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":2,"column":7},"end":{"line":2,"column":9}} )).call(alias1,lookupProperty(depth0,"mode"),"introduce",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":2,"column":6},"end":{"line":2,"column":27}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "meeting": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":4,"column":88},"end":{"line":4,"column":94}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"),"minutes"),"minute",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":4,"column":86},"end":{"line":4,"column":132}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "No new result to present this time. Offer the time back, or spend one minute on a question:\n\n- "
    + ((stack1 = (((helper = lookupProperty(helpers,"question") || container.strict(depth0, "question", {"start":{"line":9,"column":4},"end":{"line":9,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"question","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":11,"column":4},"end":{"line":11,"column":12}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":18}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":14,"column":7},"end":{"line":14,"column":9}} )).call(alias1,lookupProperty(depth0,"mode"),"introduce",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":14,"column":6},"end":{"line":14,"column":27}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"featured"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":48,"column":7}}})) != null ? stack1 : "")
    + "\n## Close\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":54,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"comingUp"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":57,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"more"),"length"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":60,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"alreadyShared"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":63,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":68,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Introduce the work\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"gt")||container.strict(depth0, "gt", {"start":{"line":19,"column":7},"end":{"line":19,"column":9}} )).call(alias1,lookupProperty(lookupProperty(depth0,"featured"),"length"),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":19,"column":6},"end":{"line":19,"column":28}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Opening\n\n- "
    + ((stack1 = (lookupProperty(helpers,"plural")||alias1(depth0, "plural", {"start":{"line":22,"column":4},"end":{"line":22,"column":10}} )).call(alias2,lookupProperty(lookupProperty(depth0,"featured"),"length"),"result",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":22,"column":2},"end":{"line":22,"column":37}}})) != null ? stack1 : "")
    + " to share: "
    + ((stack1 = (lookupProperty(helpers,"list")||alias1(depth0, "list", {"start":{"line":22,"column":50},"end":{"line":22,"column":54}} )).call(alias2,lookupProperty(depth0,"featured"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":22,"column":48},"end":{"line":22,"column":73}}})) != null ? stack1 : "")
    + ".\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Talking points\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":47,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":30,"column":6},"end":{"line":30,"column":11}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":30,"column":4},"end":{"line":30,"column":13}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"fit"),"minutesEach"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":13},"end":{"line":30,"column":93}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"plural")||container.strict(depth0, "plural", {"start":{"line":30,"column":46},"end":{"line":30,"column":52}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"fit"),"minutesEach"),"minute",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":30,"column":44},"end":{"line":30,"column":85}}})) != null ? stack1 : "")
    + ")";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **What we did:** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":33,"column":21},"end":{"line":33,"column":29}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":33,"column":19},"end":{"line":33,"column":36}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **The figure:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":36,"column":20},"end":{"line":36,"column":26}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":36,"column":18},"end":{"line":36,"column":28}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Why it matters:** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":39,"column":24},"end":{"line":39,"column":32}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":39,"column":22},"end":{"line":39,"column":38}}})) != null ? stack1 : "")
    + "\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Next:** "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","hash":{"by":lookupProperty(depth0,"nextBy"),"text":lookupProperty(depth0,"next")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Credit:** "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":45,"column":16},"end":{"line":45,"column":20}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":45,"column":14},"end":{"line":45,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":53,"column":4},"end":{"line":53,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":53,"column":2},"end":{"line":53,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"coming-up"),depth0,{"name":"coming-up","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Share in writing afterwards: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":59,"column":33},"end":{"line":59,"column":37}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":59,"column":31},"end":{"line":59,"column":52}}})) != null ? stack1 : "")
    + ".\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"plan") || alias1(depth0, "plan", {"start":{"line":62,"column":4},"end":{"line":62,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"plan","hash":{},"data":data,"loc":{"start":{"line":62,"column":2},"end":{"line":62,"column":10}}}) : helper))) != null ? stack1 : "")
    + " already shared “"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":62,"column":29},"end":{"line":62,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":62,"column":27},"end":{"line":62,"column":36}}}) : helper))) != null ? stack1 : "")
    + "” on "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":62,"column":43},"end":{"line":62,"column":47}} )).call(alias2,lookupProperty(depth0,"date"),"weekday",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":62,"column":41},"end":{"line":62,"column":69}}})) != null ? stack1 : "")
    + ": no need to present it again.\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Ask:** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":65,"column":13},"end":{"line":65,"column":21}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":65,"column":11},"end":{"line":65,"column":27}}})) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Ask:** "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":67,"column":11},"end":{"line":67,"column":102}}})) != null ? stack1 : "")
    + "\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":67,"column":29},"end":{"line":67,"column":37}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"feedback"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":67,"column":27},"end":{"line":67,"column":48}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    return "what would you like to hear more about?";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":2,"column":4},"end":{"line":2,"column":12}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":4,"column":2},"end":{"line":4,"column":6}} )).call(alias2,lookupProperty(depth0,"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":19}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":4,"column":24},"end":{"line":4,"column":47}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"),"minutes"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":49},"end":{"line":4,"column":139}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":6,"column":7},"end":{"line":6,"column":9}} )).call(alias2,lookupProperty(depth0,"mode"),"give-back",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":27}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":69,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "one-on-one": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":3,"column":4},"end":{"line":3,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":5,"column":2},"end":{"line":5,"column":6}} )).call(alias2,lookupProperty(depth0,"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":19}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":5,"column":24},"end":{"line":5,"column":47}} ), depth0)) != null ? stack1 : "")
    + "\n\nNo new story this time. Offer the time back, or ask one question:\n\n- "
    + ((stack1 = (((helper = lookupProperty(helpers,"question") || alias1(depth0, "question", {"start":{"line":9,"column":4},"end":{"line":9,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"question","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tracked"),"length"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":61,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"lead"),{"name":"with","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":48,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":13,"column":4},"end":{"line":13,"column":9}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":11}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":15,"column":2},"end":{"line":15,"column":6}} )).call(alias2,lookupProperty(lookupProperty(data,"root"),"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":15,"column":25}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(lookupProperty(data,"root"),"touchpoint"),"channel"), "name", {"start":{"line":15,"column":30},"end":{"line":15,"column":59}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(data,"root"),"introduction"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + "**What happened.** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":21,"column":19},"end":{"line":21,"column":81}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":47,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**The work.** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"introduction"),"purpose"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":18,"column":14},"end":{"line":18,"column":122}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"introduction"),"messages"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":122},"end":{"line":18,"column":186}}})) != null ? stack1 : "")
    + "\n\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":18,"column":50},"end":{"line":18,"column":58}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"introduction"),"purpose"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":18,"column":48},"end":{"line":18,"column":87}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"plan"), "name", {"start":{"line":18,"column":97},"end":{"line":18,"column":112}} ), depth0)) != null ? stack1 : "")
    + ".";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":18,"column":162},"end":{"line":18,"column":170}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":18,"column":160},"end":{"line":18,"column":177}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":21,"column":33},"end":{"line":21,"column":41}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":21,"column":31},"end":{"line":21,"column":48}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":21,"column":58},"end":{"line":21,"column":66}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":21,"column":56},"end":{"line":21,"column":74}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Why it matters.** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":24,"column":22},"end":{"line":24,"column":30}} )).call(alias1,lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":24,"column":20},"end":{"line":24,"column":36}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":36},"end":{"line":24,"column":113}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " It counts towards our goal \""
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"goals"),"0"), "title", {"start":{"line":24,"column":87},"end":{"line":24,"column":102}} ), depth0)) != null ? stack1 : "")
    + "\".";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Why it matters.** It counts towards our goal \""
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"goals"),"0"), "title", {"start":{"line":28,"column":50},"end":{"line":28,"column":65}} ), depth0)) != null ? stack1 : "")
    + "\".\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**The proof.** "
    + ((stack1 = (lookupProperty(helpers,"capital")||container.strict(depth0, "capital", {"start":{"line":33,"column":17},"end":{"line":33,"column":24}} )).call(alias1,lookupProperty(depth0,"figure"),{"name":"capital","hash":{},"data":data,"loc":{"start":{"line":33,"column":15},"end":{"line":33,"column":33}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":34},"end":{"line":33,"column":78}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Source: "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":33,"column":61},"end":{"line":33,"column":69}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":33,"column":59},"end":{"line":33,"column":71}}}) : helper))) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**The proof.** "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":37,"column":17},"end":{"line":37,"column":25}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":37,"column":15},"end":{"line":37,"column":27}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**What comes next.** "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","hash":{"by":lookupProperty(depth0,"nextBy"),"text":lookupProperty(depth0,"next")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Who made it happen.** "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":46,"column":26},"end":{"line":46,"column":30}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":46,"column":24},"end":{"line":46,"column":39}}})) != null ? stack1 : "")
    + ".\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":50,"column":4},"end":{"line":50,"column":12}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":50,"column":2},"end":{"line":50,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":52,"column":2},"end":{"line":52,"column":6}} )).call(alias2,lookupProperty(depth0,"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":52,"column":19}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":52,"column":24},"end":{"line":52,"column":47}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"introduction"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Where we stand.** "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":20},"end":{"line":60,"column":59}}})) != null ? stack1 : "")
    + "\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":60,"column":39},"end":{"line":60,"column":47}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":60,"column":37},"end":{"line":60,"column":49}}}) : helper))) != null ? stack1 : "")
    + " ";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**The ask.** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":65,"column":15},"end":{"line":65,"column":23}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":65,"column":13},"end":{"line":65,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":2,"column":7},"end":{"line":2,"column":9}} )).call(alias1,lookupProperty(depth0,"mode"),"give-back",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":2,"column":6},"end":{"line":2,"column":27}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":62,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":66,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "hallway": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"lead"),{"name":"with","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":6,"column":2},"end":{"line":6,"column":10}} )).call(alias1,lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":18}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":6,"column":19},"end":{"line":6,"column":179}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(data,"root"),"ask"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":6,"column":180},"end":{"line":6,"column":319}}})) != null ? stack1 : "")
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

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":6,"column":54},"end":{"line":6,"column":172}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "In numbers: "
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":6,"column":82},"end":{"line":6,"column":88}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":6,"column":80},"end":{"line":6,"column":90}}}) : helper))) != null ? stack1 : "")
    + ".";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":99},"end":{"line":6,"column":165}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "It moves \""
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"goals"),"0"), "title", {"start":{"line":6,"column":131},"end":{"line":6,"column":146}} ), depth0)) != null ? stack1 : "")
    + "\" forward.";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":6,"column":199},"end":{"line":6,"column":207}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":6,"column":197},"end":{"line":6,"column":219}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":6,"column":227},"end":{"line":6,"column":312}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","hash":{"by":lookupProperty(depth0,"nextBy"),"text":lookupProperty(depth0,"next")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    return "Ask me for the details.";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"introduction"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"introduction"),"purpose"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":108}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"introduction"),"messages"),"length"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":109},"end":{"line":10,"column":190}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":10,"column":191},"end":{"line":10,"column":365}}})) != null ? stack1 : "")
    + "\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":10,"column":30},"end":{"line":10,"column":38}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"introduction"),"purpose"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":10,"column":28},"end":{"line":10,"column":61}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We are working on "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":10,"column":89},"end":{"line":10,"column":98}} ), depth0)) != null ? stack1 : "")
    + ".";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":10,"column":147},"end":{"line":10,"column":155}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"introduction"),"messages"),"0"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":10,"column":145},"end":{"line":10,"column":183}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":10,"column":204},"end":{"line":10,"column":212}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":10,"column":202},"end":{"line":10,"column":218}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"introduction"),"channels"),"length"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":10,"column":226},"end":{"line":10,"column":358}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You will hear more in "
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(lookupProperty(depth0,"introduction"),"channels"),"0"), "phrase", {"start":{"line":10,"column":286},"end":{"line":10,"column":316}} ), depth0)) != null ? stack1 : "")
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

  return ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"measured"),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":60}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":12,"column":61},"end":{"line":12,"column":132}}})) != null ? stack1 : "")
    + "\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":18},"end":{"line":12,"column":51}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":12,"column":34},"end":{"line":12,"column":42}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":12,"column":32},"end":{"line":12,"column":44}}}) : helper))) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    return "Ask me what it means for you.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || container.strict(depth0, "headline", {"start":{"line":2,"column":4},"end":{"line":2,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "podcast": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · host: "
    + ((stack1 = (((helper = lookupProperty(helpers,"sender") || container.strict(depth0, "sender", {"start":{"line":4,"column":74},"end":{"line":4,"column":80}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"sender","hash":{},"data":data,"loc":{"start":{"line":4,"column":72},"end":{"line":4,"column":82}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · guests: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":4,"column":124},"end":{"line":4,"column":128}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credits"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":4,"column":122},"end":{"line":4,"column":138}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Welcome. "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"featured"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":11,"column":11},"end":{"line":11,"column":136}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Today: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":11,"column":43},"end":{"line":11,"column":47}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"featured"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":11,"column":41},"end":{"line":11,"column":66}}})) != null ? stack1 : "")
    + ".";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Today: where "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":11,"column":90},"end":{"line":11,"column":99}} ), depth0)) != null ? stack1 : "")
    + " stands and what comes next.";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Segment "
    + ((stack1 = (lookupProperty(helpers,"inc")||alias1(depth0, "inc", {"start":{"line":15,"column":13},"end":{"line":15,"column":16}} )).call(alias2,lookupProperty(data,"index"),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":15,"column":11},"end":{"line":15,"column":25}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":15,"column":29},"end":{"line":15,"column":34}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":15,"column":27},"end":{"line":15,"column":36}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- With "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":18,"column":9},"end":{"line":18,"column":13}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":18,"column":7},"end":{"line":18,"column":22}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- What happened: "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":21,"column":19},"end":{"line":21,"column":27}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":21,"column":17},"end":{"line":21,"column":34}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- The number to say out loud: "
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":24,"column":32},"end":{"line":24,"column":38}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":24,"column":30},"end":{"line":24,"column":40}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Why it matters: "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":27,"column":20},"end":{"line":27,"column":28}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":27,"column":18},"end":{"line":27,"column":34}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- What comes next: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","hash":{"by":lookupProperty(depth0,"nextBy"),"text":lookupProperty(depth0,"next")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Where we stand\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":38,"column":4},"end":{"line":38,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":38,"column":2},"end":{"line":38,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"coming-up"),depth0,{"name":"coming-up","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Ask listeners: "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":48,"column":19},"end":{"line":48,"column":27}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":48,"column":17},"end":{"line":48,"column":33}}})) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- How to reach us: "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":51,"column":21},"end":{"line":51,"column":29}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"feedback"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":51,"column":19},"end":{"line":51,"column":40}}})) != null ? stack1 : "")
    + "\n";
},"17":function(container,depth0,helpers,partials,data) {
    return "- Ask listeners which story they want to hear next.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":2,"column":4},"end":{"line":2,"column":12}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"when")||alias1(depth0, "when", {"start":{"line":4,"column":2},"end":{"line":4,"column":6}} )).call(alias2,lookupProperty(depth0,"touchpoint"),{"name":"when","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":19}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":4,"column":24},"end":{"line":4,"column":47}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"sender"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":49},"end":{"line":4,"column":89}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"credits"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":89},"end":{"line":4,"column":145}}})) != null ? stack1 : "")
    + "\n\n## Intro\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":8,"column":7},"end":{"line":8,"column":9}} )).call(alias2,lookupProperty(depth0,"mode"),"introduce",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":8,"column":6},"end":{"line":8,"column":27}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":32,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"tracked"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + "\n## Outro\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"comingUp"),{"name":"each","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":46,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":49,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":54,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "newsletter": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":9,"column":7},"end":{"line":9,"column":9}} )).call(alias1,lookupProperty(depth0,"mode"),"status",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":24}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Where "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":10,"column":8},"end":{"line":10,"column":17}} ), depth0)) != null ? stack1 : "")
    + " stands, and what comes next.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":17,"column":11}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":37}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":37},"end":{"line":19,"column":71}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":16,"column":5},"end":{"line":16,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":16,"column":3},"end":{"line":16,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":19,"column":14},"end":{"line":19,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":19,"column":12},"end":{"line":19,"column":29}}})) != null ? stack1 : "")
    + " ";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":19,"column":50},"end":{"line":19,"column":58}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":19,"column":48},"end":{"line":19,"column":64}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**In numbers:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":22,"column":18},"end":{"line":22,"column":24}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":22,"column":16},"end":{"line":22,"column":26}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":26},"end":{"line":22,"column":74}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ([source]("
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":22,"column":55},"end":{"line":22,"column":63}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":22,"column":53},"end":{"line":22,"column":65}}}) : helper))) != null ? stack1 : "")
    + "))";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Source:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":26,"column":14},"end":{"line":26,"column":22}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":26,"column":12},"end":{"line":26,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**What comes next:** "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","hash":{"by":lookupProperty(depth0,"nextBy"),"text":lookupProperty(depth0,"next")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Thanks to** "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":35,"column":16},"end":{"line":35,"column":20}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":35,"column":14},"end":{"line":35,"column":29}}})) != null ? stack1 : "")
    + ".\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nAlso new: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":40,"column":12},"end":{"line":40,"column":16}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":40,"column":10},"end":{"line":40,"column":31}}})) != null ? stack1 : "")
    + ".\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nIn case you missed it: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":44,"column":25},"end":{"line":44,"column":29}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reminders"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":44,"column":23},"end":{"line":44,"column":49}}})) != null ? stack1 : "")
    + ".\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"alreadyShared"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":50,"column":9}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"plan") || alias1(depth0, "plan", {"start":{"line":49,"column":2},"end":{"line":49,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"plan","hash":{},"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":49,"column":8}}}) : helper))) != null ? stack1 : "")
    + " already shared “"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":49,"column":27},"end":{"line":49,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":49,"column":25},"end":{"line":49,"column":34}}}) : helper))) != null ? stack1 : "")
    + "” on "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":49,"column":41},"end":{"line":49,"column":45}} )).call(alias2,lookupProperty(depth0,"date"),"weekday",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":49,"column":39},"end":{"line":49,"column":67}}})) != null ? stack1 : "")
    + ".\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Where we stand\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":58,"column":9}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":57,"column":4},"end":{"line":57,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":57,"column":2},"end":{"line":57,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Coming up\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"comingUp"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":66,"column":9}}})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"coming-up"),depth0,{"name":"coming-up","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Our ask:** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":70,"column":15},"end":{"line":70,"column":23}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":70,"column":13},"end":{"line":70,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Tell us what you think:* "
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":74,"column":28},"end":{"line":74,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":74,"column":26},"end":{"line":74,"column":38}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":2,"column":4},"end":{"line":2,"column":12}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n*"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":4,"column":3},"end":{"line":4,"column":26}} ), depth0)) != null ? stack1 : "")
    + " · "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":4,"column":33},"end":{"line":4,"column":37}} )).call(alias2,lookupProperty(lookupProperty(depth0,"touchpoint"),"date"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":4,"column":31},"end":{"line":4,"column":64}}})) != null ? stack1 : "")
    + "*\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":6,"column":7},"end":{"line":6,"column":9}} )).call(alias2,lookupProperty(depth0,"mode"),"introduce",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":27}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":37,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"more"),"length"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"reminders"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":45,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"alreadyShared"),"length"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":51,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"tracked"),"length"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":59,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"comingUp"),"length"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":71,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":72,"column":0},"end":{"line":75,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "intranet": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":9,"column":7},"end":{"line":9,"column":9}} )).call(alias1,lookupProperty(depth0,"mode"),"status",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":24}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Where "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":10,"column":8},"end":{"line":10,"column":17}} ), depth0)) != null ? stack1 : "")
    + " stands, and what comes next.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":17,"column":11}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":37}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":37},"end":{"line":19,"column":71}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":16,"column":5},"end":{"line":16,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":16,"column":3},"end":{"line":16,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":19,"column":14},"end":{"line":19,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":19,"column":12},"end":{"line":19,"column":29}}})) != null ? stack1 : "")
    + " ";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":19,"column":50},"end":{"line":19,"column":58}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":19,"column":48},"end":{"line":19,"column":64}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**In numbers:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":22,"column":18},"end":{"line":22,"column":24}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":22,"column":16},"end":{"line":22,"column":26}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":26},"end":{"line":22,"column":74}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ([source]("
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":22,"column":55},"end":{"line":22,"column":63}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":22,"column":53},"end":{"line":22,"column":65}}}) : helper))) != null ? stack1 : "")
    + "))";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Source:** "
    + ((stack1 = (((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":26,"column":14},"end":{"line":26,"column":22}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":26,"column":12},"end":{"line":26,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**What comes next:** "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","hash":{"by":lookupProperty(depth0,"nextBy"),"text":lookupProperty(depth0,"next")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Thanks to** "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":35,"column":16},"end":{"line":35,"column":20}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":35,"column":14},"end":{"line":35,"column":29}}})) != null ? stack1 : "")
    + ".\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nAlso new: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":40,"column":12},"end":{"line":40,"column":16}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":40,"column":10},"end":{"line":40,"column":31}}})) != null ? stack1 : "")
    + ".\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nIn case you missed it: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":44,"column":25},"end":{"line":44,"column":29}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reminders"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":44,"column":23},"end":{"line":44,"column":49}}})) != null ? stack1 : "")
    + ".\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"alreadyShared"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":50,"column":9}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"plan") || alias1(depth0, "plan", {"start":{"line":49,"column":2},"end":{"line":49,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"plan","hash":{},"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":49,"column":8}}}) : helper))) != null ? stack1 : "")
    + " already shared “"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":49,"column":27},"end":{"line":49,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":49,"column":25},"end":{"line":49,"column":34}}}) : helper))) != null ? stack1 : "")
    + "” on "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":49,"column":41},"end":{"line":49,"column":45}} )).call(alias2,lookupProperty(depth0,"date"),"weekday",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":49,"column":39},"end":{"line":49,"column":67}}})) != null ? stack1 : "")
    + ".\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Where we stand\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":58,"column":9}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":57,"column":4},"end":{"line":57,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":57,"column":2},"end":{"line":57,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## Coming up\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"comingUp"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":66,"column":9}}})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"coming-up"),depth0,{"name":"coming-up","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Our ask:** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":70,"column":15},"end":{"line":70,"column":23}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":70,"column":13},"end":{"line":70,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*Tell us what you think:* "
    + ((stack1 = (((helper = lookupProperty(helpers,"feedback") || container.strict(depth0, "feedback", {"start":{"line":74,"column":28},"end":{"line":74,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"feedback","hash":{},"data":data,"loc":{"start":{"line":74,"column":26},"end":{"line":74,"column":38}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":2,"column":4},"end":{"line":2,"column":12}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n*"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "name", {"start":{"line":4,"column":3},"end":{"line":4,"column":26}} ), depth0)) != null ? stack1 : "")
    + " · "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":4,"column":33},"end":{"line":4,"column":37}} )).call(alias2,lookupProperty(lookupProperty(depth0,"touchpoint"),"date"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":4,"column":31},"end":{"line":4,"column":64}}})) != null ? stack1 : "")
    + "*\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":6,"column":7},"end":{"line":6,"column":9}} )).call(alias2,lookupProperty(depth0,"mode"),"introduce",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":27}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":37,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"more"),"length"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"reminders"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":45,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"alreadyShared"),"length"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":51,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"tracked"),"length"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":59,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"comingUp"),"length"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":71,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":72,"column":0},"end":{"line":75,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "other": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"greeting") || container.strict(depth0, "greeting", {"start":{"line":5,"column":2},"end":{"line":5,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"greeting","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"introduction"),depth0,{"name":"introduction","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":11,"column":7},"end":{"line":11,"column":9}} )).call(alias1,lookupProperty(depth0,"mode"),"give-back",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":11,"column":6},"end":{"line":11,"column":27}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"featured"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"more"),"length"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"alreadyShared"),"length"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tracked"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"nextSteps"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"comingUp"),"length"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":48,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "No new results this time. "
    + ((stack1 = (((helper = lookupProperty(helpers,"question") || container.strict(depth0, "question", {"start":{"line":12,"column":28},"end":{"line":12,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"question","hash":{},"data":data,"loc":{"start":{"line":12,"column":26},"end":{"line":12,"column":38}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":16,"column":2},"end":{"line":16,"column":10}} )).call(alias1,lookupProperty(depth0,"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":16,"column":18}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"figure"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":18},"end":{"line":16,"column":63}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"what"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":63},"end":{"line":16,"column":100}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":100},"end":{"line":16,"column":135}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"credit"),"length"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":135},"end":{"line":16,"column":195}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " In numbers: "
    + ((stack1 = (((helper = lookupProperty(helpers,"figure") || container.strict(depth0, "figure", {"start":{"line":16,"column":47},"end":{"line":16,"column":53}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"figure","hash":{},"data":data,"loc":{"start":{"line":16,"column":45},"end":{"line":16,"column":55}}}) : helper))) != null ? stack1 : "")
    + ".";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":16,"column":78},"end":{"line":16,"column":86}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":16,"column":76},"end":{"line":16,"column":93}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":16,"column":114},"end":{"line":16,"column":122}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":16,"column":112},"end":{"line":16,"column":128}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Credit goes to "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":16,"column":174},"end":{"line":16,"column":178}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"credit"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":16,"column":172},"end":{"line":16,"column":187}}})) != null ? stack1 : "")
    + ".";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nAlso new: "
    + ((stack1 = (lookupProperty(helpers,"list")||container.strict(depth0, "list", {"start":{"line":20,"column":12},"end":{"line":20,"column":16}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"more"),"title",{"name":"list","hash":{},"data":data,"loc":{"start":{"line":20,"column":10},"end":{"line":20,"column":31}}})) != null ? stack1 : "")
    + ".\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"alreadyShared"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"plan") || alias1(depth0, "plan", {"start":{"line":25,"column":2},"end":{"line":25,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"plan","hash":{},"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":25,"column":8}}}) : helper))) != null ? stack1 : "")
    + " already shared “"
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":25,"column":27},"end":{"line":25,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":25,"column":25},"end":{"line":25,"column":34}}}) : helper))) != null ? stack1 : "")
    + "” on "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":25,"column":41},"end":{"line":25,"column":45}} )).call(alias2,lookupProperty(depth0,"date"),"weekday",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":25,"column":39},"end":{"line":25,"column":67}}})) != null ? stack1 : "")
    + ".\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhere we stand:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tracked"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":32,"column":4},"end":{"line":32,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhat comes next:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"nextSteps"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":40,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"next-step"),depth0,{"name":"next-step","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nComing up:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"comingUp"),{"name":"each","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":47,"column":9}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"coming-up"),depth0,{"name":"coming-up","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nOur ask: "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":52,"column":11},"end":{"line":52,"column":19}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ask"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":52,"column":9},"end":{"line":52,"column":25}}})) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":56,"column":2},"end":{"line":56,"column":10}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"feedback"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":56,"column":21}}})) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"sender") || container.strict(depth0, "sender", {"start":{"line":60,"column":2},"end":{"line":60,"column":8}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"sender","hash":{},"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":60,"column":10}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":2,"column":2},"end":{"line":2,"column":10}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"greeting"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":8,"column":7},"end":{"line":8,"column":9}} )).call(alias2,lookupProperty(depth0,"mode"),"introduce",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":8,"column":6},"end":{"line":8,"column":27}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":49,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"ask"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":53,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"feedback"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"sender"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":61,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "recognition": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**What you did:** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":9,"column":20},"end":{"line":9,"column":28}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"highlight"),"what"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":9,"column":18},"end":{"line":9,"column":45}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**The result:** "
    + ((stack1 = (lookupProperty(helpers,"capital")||container.strict(depth0, "capital", {"start":{"line":13,"column":18},"end":{"line":13,"column":25}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"highlight"),"figure"),{"name":"capital","hash":{},"data":data,"loc":{"start":{"line":13,"column":16},"end":{"line":13,"column":44}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Why it matters:** "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":17,"column":22},"end":{"line":17,"column":30}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"highlight"),"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":17,"column":20},"end":{"line":17,"column":46}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**The goals it moves:**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":24,"column":4},"end":{"line":24,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":24,"column":2},"end":{"line":24,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nI am telling "
    + ((stack1 = (((helper = lookupProperty(helpers,"audiencesPhrase") || alias1(depth0, "audiencesPhrase", {"start":{"line":29,"column":15},"end":{"line":29,"column":30}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"audiencesPhrase","hash":{},"data":data,"loc":{"start":{"line":29,"column":13},"end":{"line":29,"column":32}}}) : helper))) != null ? stack1 : "")
    + " about it in "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0,"touchpoint"),"channel"), "phrase", {"start":{"line":29,"column":47},"end":{"line":29,"column":72}} ), depth0)) != null ? stack1 : "")
    + " on "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":29,"column":80},"end":{"line":29,"column":84}} )).call(alias2,lookupProperty(lookupProperty(depth0,"touchpoint"),"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":29,"column":78},"end":{"line":29,"column":102}}})) != null ? stack1 : "")
    + ", with your "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":29,"column":121},"end":{"line":29,"column":123}} )).call(alias2,lookupProperty(lookupProperty(depth0,"people"),"length"),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":29,"column":120},"end":{"line":29,"column":140}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":29,"column":114},"end":{"line":29,"column":166}}})) != null ? stack1 : "")
    + ", so the people who decide know who made it happen.\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "names";
},"7":function(container,depth0,helpers,partials,data) {
    return "name";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"sender") || container.strict(depth0, "sender", {"start":{"line":34,"column":2},"end":{"line":34,"column":8}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"sender","hash":{},"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":34,"column":10}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":36,"column":6},"end":{"line":36,"column":15}} ), depth0)) != null ? stack1 : "")
    + " team\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Thank you, "
    + ((stack1 = (lookupProperty(helpers,"list")||alias1(depth0, "list", {"start":{"line":2,"column":15},"end":{"line":2,"column":19}} )).call(alias2,lookupProperty(depth0,"people"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":2,"column":13},"end":{"line":2,"column":28}}})) != null ? stack1 : "")
    + "\n\nHi "
    + ((stack1 = (((helper = lookupProperty(helpers,"firstNames") || alias1(depth0, "firstNames", {"start":{"line":4,"column":5},"end":{"line":4,"column":15}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"firstNames","hash":{},"data":data,"loc":{"start":{"line":4,"column":3},"end":{"line":4,"column":17}}}) : helper))) != null ? stack1 : "")
    + ",\n\nThank you for your part in \""
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"highlight"), "title", {"start":{"line":6,"column":30},"end":{"line":6,"column":45}} ), depth0)) != null ? stack1 : "")
    + "\".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"highlight"),"what"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"highlight"),"figure"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"highlight"),"why"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"goals"),"length"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"audiences"),"length"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + "\nWith thanks,\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"sender"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "");
},"useData":true},
};
export const builtInPartials = {
  "coming-up": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":1,"column":32},"end":{"line":1,"column":36}} )).call(alias2,lookupProperty(depth0,"date"),"short",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":30},"end":{"line":1,"column":51}}})) != null ? stack1 : "")
    + ": our next update, in "
    + ((stack1 = (((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":1,"column":75},"end":{"line":1,"column":79}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":73},"end":{"line":1,"column":81}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":96},"end":{"line":1,"column":98}} )).call(alias1,lookupProperty(depth0,"kind"),"goal-due",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":95},"end":{"line":1,"column":115}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":89},"end":{"line":1,"column":218}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":1,"column":119},"end":{"line":1,"column":123}} )).call(alias2,lookupProperty(depth0,"date"),"short",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":117},"end":{"line":1,"column":138}}})) != null ? stack1 : "")
    + ": the goal \""
    + ((stack1 = (((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":1,"column":152},"end":{"line":1,"column":156}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":150},"end":{"line":1,"column":158}}}) : helper))) != null ? stack1 : "")
    + "\" comes due";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "By "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":1,"column":182},"end":{"line":1,"column":186}} )).call(alias2,lookupProperty(depth0,"date"),"short",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":180},"end":{"line":1,"column":201}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":1,"column":205},"end":{"line":1,"column":209}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":203},"end":{"line":1,"column":211}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":7},"end":{"line":1,"column":9}} )).call(alias1,lookupProperty(depth0,"kind"),"touchpoint",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":28}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":225}}})) != null ? stack1 : "");
},"useData":true},
  "goal-status": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"standing") || container.strict(depth0, "standing", {"start":{"line":1,"column":2},"end":{"line":1,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standing","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":12}}}) : helper))) != null ? stack1 : "");
},"useData":true},
  "introduction": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":2,"column":2},"end":{"line":2,"column":10}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"introduction"),"purpose"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":33}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "This is "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "name", {"start":{"line":4,"column":10},"end":{"line":4,"column":19}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"plan"),"organization"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":21},"end":{"line":4,"column":78}}})) != null ? stack1 : "")
    + ".\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " at "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"plan"), "organization", {"start":{"line":4,"column":52},"end":{"line":4,"column":69}} ), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":7,"column":2},"end":{"line":7,"column":10}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhat we are aiming for:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"introduction"),"goals"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"aim") || container.strict(depth0, "aim", {"start":{"line":13,"column":4},"end":{"line":13,"column":7}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"aim","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":9}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nThe latest: "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":18,"column":14},"end":{"line":18,"column":22}} )).call(alias1,lookupProperty(lookupProperty(depth0,"lead"),"title"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":18,"column":12},"end":{"line":18,"column":35}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"lead"),"figure"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":35},"end":{"line":18,"column":90}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"lead"),"why"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":90},"end":{"line":18,"column":135}}})) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " In numbers: "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"lead"), "figure", {"start":{"line":18,"column":69},"end":{"line":18,"column":80}} ), depth0)) != null ? stack1 : "")
    + ".";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":18,"column":109},"end":{"line":18,"column":117}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"lead"),"why"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":18,"column":107},"end":{"line":18,"column":128}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nWhere you will hear from us:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"introduction"),"channels"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":9}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"capital")||alias1(depth0, "capital", {"start":{"line":24,"column":4},"end":{"line":24,"column":11}} )).call(alias2,lookupProperty(depth0,"phrase"),{"name":"capital","hash":{},"data":data,"loc":{"start":{"line":24,"column":2},"end":{"line":24,"column":20}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = (((helper = lookupProperty(helpers,"rhythm") || alias1(depth0, "rhythm", {"start":{"line":24,"column":24},"end":{"line":24,"column":30}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"rhythm","hash":{},"data":data,"loc":{"start":{"line":24,"column":22},"end":{"line":24,"column":32}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":32},"end":{"line":24,"column":87}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (next: "
    + ((stack1 = (lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":24,"column":54},"end":{"line":24,"column":58}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"next"),"date"),"medium",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":24,"column":52},"end":{"line":24,"column":79}}})) != null ? stack1 : "")
    + ")";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nHow to answer back: "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"introduction"),"feedback"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":20},"end":{"line":29,"column":78}}})) != null ? stack1 : "")
    + "\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":29,"column":53},"end":{"line":29,"column":61}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":29,"column":51},"end":{"line":29,"column":68}}})) != null ? stack1 : "")
    + " ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"introduction"),"purpose"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"introduction"),"messages"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"introduction"),"goals"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"introduction"),"channels"),"length"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"introduction"),"feedback"),"length"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "next-step": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"clause")||alias1(depth0, "clause", {"start":{"line":1,"column":12},"end":{"line":1,"column":18}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":1,"column":10},"end":{"line":1,"column":25}}})) != null ? stack1 : "")
    + " by "
    + ((stack1 = (lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":1,"column":31},"end":{"line":1,"column":35}} )).call(alias2,lookupProperty(depth0,"by"),"short",{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":48}}})) != null ? stack1 : "")
    + ".";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"sentence")||container.strict(depth0, "sentence", {"start":{"line":1,"column":59},"end":{"line":1,"column":67}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"text"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":1,"column":57},"end":{"line":1,"column":74}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"by"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":81}}})) != null ? stack1 : "");
},"useData":true},
};
