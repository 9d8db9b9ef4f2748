console.log("start")
